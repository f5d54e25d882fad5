using System.Collections.Immutable;

namespace ClaimCheck.Syntax.Expressions;

/// <summary><c>["said", "told"]</c>.</summary>
public sealed record ListExpressionSyntax(ImmutableArray<ExpressionSyntax> Items) : ExpressionSyntax
{
    public override string ToString() => $"[{string.Join(", ", Items)}]";
}
