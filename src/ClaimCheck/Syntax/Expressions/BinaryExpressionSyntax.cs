using ClaimCheck.Text;

namespace ClaimCheck.Syntax.Expressions;

/// <summary><c>left op right</c>; <see cref="Negated"/> for <c>not contains</c> and <c>not in</c>.</summary>
public sealed record BinaryExpressionSyntax(ExpressionSyntax Left, BinaryOperator Operator, TextSpan OperatorSpan, ExpressionSyntax Right, bool Negated = false) : ExpressionSyntax
{
    public override string ToString() => $"({Left} {SyntaxPrinter.Operator(Operator, Negated)} {Right})";
}
