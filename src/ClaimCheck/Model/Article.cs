using ClaimCheck.Text;

namespace ClaimCheck.Model;

/// <summary>One article as the rules see it. Every span indexes into <see cref="Text"/>.</summary>
public sealed record Article
{
    public string Id { get; init; } = "";
    public string? Headline { get; init; }
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public DateOnly? Published { get; init; }
    public string? Language { get; init; }

    /// <summary>Where the text came from, so findings can point into the original file.</summary>
    public ArticleSource? Source { get; init; }

    public string Text { get; init; } = "";
    public IReadOnlyList<Paragraph> Paragraphs { get; init; } = [];
    public IReadOnlyList<Sentence> Sentences { get; init; } = [];
    public IReadOnlyList<Entity> Entities { get; init; } = [];
    public IReadOnlyList<Statement> Statements { get; init; } = [];
    public IReadOnlyList<Claim> Claims { get; init; } = [];
    public IReadOnlyList<Suppression> Suppressions { get; init; } = [];

    /// <summary>What the extractor noticed but could not settle (an unclosed quotation mark).</summary>
    public IReadOnlyList<Note> Notes { get; init; } = [];
}
