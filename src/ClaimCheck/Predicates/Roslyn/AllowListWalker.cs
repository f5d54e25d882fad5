using System.Text.RegularExpressions;
using ClaimCheck.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ClaimCheck.Predicates.Roslyn;

/// <summary>
/// Walks one block's code top-down through the semantic model: every construct, symbol,
/// expression type and user-defined conversion is checked against <see cref="AllowList"/>.
/// A node that is reported is not looked into further, so one call gives one diagnostic.
/// </summary>
internal sealed class AllowListWalker(SemanticModel model, BlockPlan plan, DiagnosticBag diagnostics)
{
    private const string RegexType = "System.Text.RegularExpressions.Regex";

    private static readonly Dictionary<SyntaxKind, (string What, string Why)> Constructs = new()
    {
        [SyntaxKind.UnsafeStatement] = ("'unsafe' code", "it can read and write any memory"),
        [SyntaxKind.FixedStatement] = ("'fixed'", "it is unsafe code"),
        [SyntaxKind.PointerType] = ("A pointer type", "it is unsafe code"),
        [SyntaxKind.FunctionPointerType] = ("A function pointer", "it is unsafe code"),
        [SyntaxKind.AddressOfExpression] = ("'&'", "it is unsafe code"),
        [SyntaxKind.PointerIndirectionExpression] = ("'*'", "it is unsafe code"),
        [SyntaxKind.PointerMemberAccessExpression] = ("'->'", "it is unsafe code"),
        [SyntaxKind.StackAllocArrayCreationExpression] = ("'stackalloc'", "it is unsafe code"),
        [SyntaxKind.ImplicitStackAllocArrayCreationExpression] = ("'stackalloc'", "it is unsafe code"),
        [SyntaxKind.GotoStatement] = ("'goto'", "a jump would escape the time limit; use a loop"),
        [SyntaxKind.GotoCaseStatement] = ("'goto'", "a jump would escape the time limit; use a loop"),
        [SyntaxKind.GotoDefaultStatement] = ("'goto'", "a jump would escape the time limit; use a loop"),
        [SyntaxKind.LabeledStatement] = ("A label", "a jump would escape the time limit; use a loop"),
        [SyntaxKind.TryStatement] = ("'try'", "catching would hide the time limit; ClaimCheck reports a block that throws"),
        [SyntaxKind.LockStatement] = ("'lock'", "blocks run on one thread and share nothing"),
        [SyntaxKind.AwaitExpression] = ("'await'", "blocks run on one thread, without tasks"),
        [SyntaxKind.ArgListExpression] = ("'__arglist'", "it is interop"),
        [SyntaxKind.MakeRefExpression] = ("'__makeref'", "it is unsafe code"),
        [SyntaxKind.RefTypeExpression] = ("'__reftype'", "it leads to reflection"),
        [SyntaxKind.RefValueExpression] = ("'__refvalue'", "it is unsafe code"),
        [SyntaxKind.AttributeList] = ("An attribute", "attributes declare interop ([DllImport]) and other effects"),
    };

    private static readonly Dictionary<SyntaxKind, string> Modifiers = new()
    {
        [SyntaxKind.UnsafeKeyword] = "it can read and write any memory",
        [SyntaxKind.ExternKeyword] = "it is interop",
        [SyntaxKind.AsyncKeyword] = "blocks run on one thread, without tasks",
    };

    private readonly HashSet<SyntaxNode> _checkedTargets = [];

    public void Walk(SyntaxNode root) => Visit(root);

    private void Visit(SyntaxNode node)
    {
        var region = plan.Region;
        if (!node.Span.OverlapsWith(region) && !(node.Span.IsEmpty && region.Contains(node.Span.Start)))
            return;
        if (region.Contains(node.Span) && Check(node))
            return;
        foreach (var child in node.ChildNodes())
            Visit(child);
    }

    /// <summary>True when the node was reported.</summary>
    private bool Check(SyntaxNode node)
    {
        if (Constructs.TryGetValue(node.Kind(), out var construct))
            return Report(node, DiagnosticDescriptors.CSharpConstructNotAllowed, construct.What, construct.Why + ".");
        foreach (var modifier in ModifiersOf(node))
        {
            if (Modifiers.TryGetValue(modifier.Kind(), out var why))
                return Report(node, DiagnosticDescriptors.CSharpConstructNotAllowed, $"'{modifier.Text}'", why + ".");
        }
        // 'var' stands for the initializer's type, which is checked where it is written.
        if (node is not ExpressionSyntax expression || node is IdentifierNameSyntax { IsVar: true })
            return false;

        var symbol = model.GetSymbolInfo(expression).Symbol;
        if (symbol is IMethodSymbol method && IsRegexPatternMethod(method) && !_checkedTargets.Contains(node))
            return CheckRegex(expression, method);
        if (AllowList.WhyNot(symbol) is { } reason)
            return Report(node, DiagnosticDescriptors.CSharpApiNotAllowed, symbol!.ToDisplayString(), reason + ".");

        // An expression's own type, or, for a lambda or a method group that has none, the delegate it becomes.
        var info = model.GetTypeInfo(expression);
        var type = info.Type ?? info.ConvertedType;
        if (AllowList.WhyNot(type) is { } typeReason)
            return Report(node, DiagnosticDescriptors.CSharpApiNotAllowed, type!.ToDisplayString(), typeReason + ".");
        var conversion = model.GetConversion(expression);
        if (conversion.IsUserDefined && AllowList.WhyNot(conversion.MethodSymbol) is { } conversionReason)
            return Report(node, DiagnosticDescriptors.CSharpApiNotAllowed, conversion.MethodSymbol!.ToDisplayString(), conversionReason + ".");
        return false;
    }

    private static IEnumerable<SyntaxToken> ModifiersOf(SyntaxNode node) => node switch
    {
        LocalFunctionStatementSyntax f => f.Modifiers,
        AnonymousFunctionExpressionSyntax f => f.Modifiers,
        LocalDeclarationStatementSyntax d => d.Modifiers,
        _ => [],
    };

    private static bool IsRegexPatternMethod(IMethodSymbol method) =>
        method.ContainingType?.ToDisplayString() == RegexType && method.Parameters.Any(p => p.Name == "pattern");

    /// <summary>
    /// A regex built from a pattern must say RegexOptions.NonBacktracking, as a constant: that
    /// engine runs in time linear in the input, so no pattern can hang a check.
    /// </summary>
    private bool CheckRegex(ExpressionSyntax node, IMethodSymbol method)
    {
        var arguments = model.GetOperation(node) switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => default,
        };
        if (arguments.IsDefault)
            return Report(node, DiagnosticDescriptors.CSharpRegexNotLinear, method.ToDisplayString());
        var options = arguments.FirstOrDefault(a => a.Parameter?.Name == "options");
        var linear = options?.Value.ConstantValue is { HasValue: true, Value: int value } && ((RegexOptions)value & RegexOptions.NonBacktracking) != 0;
        if (!linear)
            return Report(node, DiagnosticDescriptors.CSharpRegexNotLinear, method.ToDisplayString());
        if (node is InvocationExpressionSyntax invocationSyntax)
            _checkedTargets.UnionWith(invocationSyntax.Expression.DescendantNodesAndSelf());
        return false;
    }

    private bool Report(SyntaxNode node, ClaimCheck.Diagnostics.DiagnosticDescriptor descriptor, params object?[] args)
    {
        diagnostics.Report(plan.Request.Text, plan.ToRuleFile(node.Span), descriptor, args);
        return true;
    }
}
