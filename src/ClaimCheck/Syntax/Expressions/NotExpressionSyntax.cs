namespace ClaimCheck.Syntax.Expressions;

public sealed record NotExpressionSyntax(ExpressionSyntax Operand) : ExpressionSyntax
{
    public override string ToString() => $"(not {Operand})";
}
