using ClaimCheck.Text;

namespace ClaimCheck.Syntax.Expressions;

/// <summary>A regex literal <c>/pattern/flags</c>; <see cref="PatternSpan"/> covers the pattern alone.</summary>
public sealed record RegexSyntax(string Pattern, string Flags, TextSpan PatternSpan, TextSpan FlagsSpan) : SyntaxNode
{
    public override string ToString() => $"/{Pattern}/{Flags}";
}
