namespace ClaimCheck.Syntax.Expressions;

/// <summary><c>x matches /re/i</c> or <c>x not matches /re/</c>.</summary>
public sealed record MatchesExpressionSyntax(ExpressionSyntax Operand, RegexSyntax Regex, bool Negated) : ExpressionSyntax
{
    public override string ToString() => $"({Operand} {(Negated ? "not matches" : "matches")} {Regex})";
}
