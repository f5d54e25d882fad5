using ClaimCheck.Text;

namespace ClaimCheck.Syntax.Expressions;

/// <summary><c>any(q in s.quotes: q.words > 60)</c>; <c>count(...)</c> may leave out the condition.</summary>
public sealed record QuantifierExpressionSyntax(QuantifierKind Kind, TextSpan KeywordSpan, NameSyntax Variable, ExpressionSyntax Source, ExpressionSyntax? Condition) : ExpressionSyntax
{
    public override string ToString() =>
        $"{Kind.ToString().ToLowerInvariant()}({Variable} in {Source}{(Condition is null ? "" : $": {Condition}")})";
}
