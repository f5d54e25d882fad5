namespace ClaimCheck.Syntax.Expressions;

public abstract record ExpressionSyntax : SyntaxNode;
