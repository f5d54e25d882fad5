using ClaimCheck.Text;

namespace ClaimCheck.Syntax;

/// <summary>Every node knows the exact characters it was parsed from.</summary>
public abstract record SyntaxNode
{
    public TextSpan Span { get; init; }
}
