using ClaimCheck.Text;

namespace ClaimCheck.Model;

public sealed record Paragraph
{
    public int Index { get; init; }
    public TextSpan Span { get; init; }
}
