using ClaimCheck.Text;

namespace ClaimCheck.Model;

/// <summary>A quoted stretch: <see cref="Span"/> covers the words inside the quotation marks.</summary>
public sealed record Quote
{
    public string Text { get; init; } = "";
    public TextSpan Span { get; init; }
}
