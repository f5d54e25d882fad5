using ClaimCheck.Text;

namespace ClaimCheck.Model;

/// <summary>Something an extractor noticed but could not settle, such as a quotation mark that is never closed.</summary>
public sealed record Note
{
    public string Message { get; init; } = "";
    public TextSpan? Span { get; init; }
}
