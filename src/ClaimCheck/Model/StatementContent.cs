using ClaimCheck.Text;

namespace ClaimCheck.Model;

/// <summary>What was said.</summary>
public sealed record StatementContent
{
    public string Text { get; init; } = "";
    public TextSpan Span { get; init; }
}
