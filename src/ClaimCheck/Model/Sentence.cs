using ClaimCheck.Text;

namespace ClaimCheck.Model;

public sealed record Sentence
{
    public int Index { get; init; }
    public int Paragraph { get; init; }
    public TextSpan Span { get; init; }
}
