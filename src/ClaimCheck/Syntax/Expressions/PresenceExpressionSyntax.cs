namespace ClaimCheck.Syntax.Expressions;

/// <summary><c>x is present</c> (<see cref="Present"/> true) or <c>x is missing</c> / <c>x is not present</c>.</summary>
public sealed record PresenceExpressionSyntax(ExpressionSyntax Operand, bool Present) : ExpressionSyntax
{
    public override string ToString() => $"({Operand} is {(Present ? "present" : "missing")})";
}
