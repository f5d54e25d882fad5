using ClaimCheck.Text;

namespace ClaimCheck.Syntax.Expressions;

/// <summary>A <c>csharp { ... }</c> block; <see cref="CodeSpan"/> covers the code between the braces.</summary>
public sealed record CSharpExpressionSyntax(string Code, TextSpan CodeSpan) : ExpressionSyntax
{
    public override string ToString() => $"csharp {{{Code}}}";
}
