using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ClaimCheck.Predicates.Roslyn;

/// <summary>
/// Makes every loop body call <see cref="CSharpBudget.Tick"/> and every lambda and local
/// function start with <see cref="CSharpBudget.Enter"/>, so a loop or a recursion that runs too
/// long is stopped; and replaces the body of each block that has errors with <c>return null;</c>
/// so the rest still compile. Runs on the checked tree, after the allow-list.
/// </summary>
internal sealed class BudgetRewriter(SemanticModel model, ISet<string> stubbedMethods) : CSharpSyntaxRewriter
{
    private static StatementSyntax TickStatement() => ParseStatement("global::ClaimCheck.Predicates.CSharpBudget.Tick();");

    private static StatementSyntax EnterStatement() => ParseStatement("global::ClaimCheck.Predicates.CSharpBudget.Enter();");

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node) =>
        stubbedMethods.Contains(node.Identifier.Text)
            ? node.WithBody(Block(ParseStatement("return null;")))
            : base.VisitMethodDeclaration(node);

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var rewritten = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return rewritten.WithStatement(Guard(rewritten.Statement));
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var rewritten = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return rewritten.WithStatement(Guard(rewritten.Statement));
    }

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var rewritten = (ForStatementSyntax)base.VisitForStatement(node)!;
        return rewritten.WithStatement(Guard(rewritten.Statement));
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        var rewritten = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return rewritten.WithStatement(Guard(rewritten.Statement));
    }

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
    {
        var rewritten = (ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!;
        return rewritten.WithStatement(Guard(rewritten.Statement));
    }

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node)
    {
        var returnsVoid = ReturnsVoid(model.GetSymbolInfo(node).Symbol);
        var rewritten = (SimpleLambdaExpressionSyntax)base.VisitSimpleLambdaExpression(node)!;
        return rewritten.WithExpressionBody(null).WithBlock(Entered(rewritten.Block, rewritten.ExpressionBody, returnsVoid));
    }

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node)
    {
        var returnsVoid = ReturnsVoid(model.GetSymbolInfo(node).Symbol);
        var rewritten = (ParenthesizedLambdaExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!;
        return rewritten.WithExpressionBody(null).WithBlock(Entered(rewritten.Block, rewritten.ExpressionBody, returnsVoid));
    }

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
    {
        var rewritten = (AnonymousMethodExpressionSyntax)base.VisitAnonymousMethodExpression(node)!;
        return rewritten.WithBlock(Entered(rewritten.Block, (ExpressionSyntax?)null, returnsVoid: true));
    }

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var returnsVoid = ReturnsVoid(model.GetDeclaredSymbol(node));
        var rewritten = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        return rewritten.WithExpressionBody(null).WithSemicolonToken(default)
            .WithBody(Entered(rewritten.Body, rewritten.ExpressionBody, returnsVoid));
    }

    private static bool ReturnsVoid(ISymbol? symbol) => symbol is IMethodSymbol { ReturnsVoid: true };

    private static BlockSyntax Guard(StatementSyntax body) => Block(TickStatement(), body);

    private static BlockSyntax Entered(BlockSyntax? block, ExpressionSyntax? expression, bool returnsVoid)
    {
        if (block is not null)
            return block.WithStatements(block.Statements.Insert(0, EnterStatement()));
        StatementSyntax body = expression switch
        {
            ThrowExpressionSyntax throwExpression => ThrowStatement(throwExpression.Expression),
            _ when returnsVoid => ExpressionStatement(expression!),
            _ => ReturnStatement(expression!),
        };
        return Block(EnterStatement(), body);
    }

    private static BlockSyntax Entered(BlockSyntax? block, ArrowExpressionClauseSyntax? arrow, bool returnsVoid) =>
        Entered(block, arrow?.Expression, returnsVoid);
}
