using ClaimCheck.Model;

namespace ClaimCheck.Extraction.Input;

/// <summary>
/// An article reduced to its text: the body the model's spans index into, the map back to the
/// file (empty when the text is the file verbatim), and what the markup or front matter said
/// about it.
/// </summary>
internal sealed record ArticleInput
{
    public string Text { get; init; } = "";
    public IReadOnlyList<SourceSegment> Map { get; init; } = [];

    /// <summary>The headline when the markup marks it (a Markdown '#' heading, an HTML h1), as paragraph 0.</summary>
    public bool FirstParagraphIsHeadline { get; init; }
    public string? Headline { get; init; }
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public DateOnly? Published { get; init; }
    public string? Language { get; init; }
}
