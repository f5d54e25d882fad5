namespace ClaimCheck.Syntax.Expressions;

/// <summary>A string, number, date (<c>2024-12-08</c>) or boolean; <see cref="Text"/> is the literal as written.</summary>
public sealed record LiteralExpressionSyntax(LiteralKind Kind, string Text) : ExpressionSyntax
{
    public override string ToString() => Text;
}
