using ClaimCheck.Text;

namespace ClaimCheck.Model;

/// <summary>An attribution relation (PARC-style): who said what, with which cue, through which channel.</summary>
public sealed record Statement
{
    public string Id { get; init; } = "";

    /// <summary>The whole attribution, from the first to the last of source, cue and content.</summary>
    public TextSpan Span { get; init; }

    public Source Source { get; init; } = new();
    public Cue? Cue { get; init; }
    public StatementContent? Content { get; init; }
    public StatementForm Form { get; init; }
    public IReadOnlyList<Quote> Quotes { get; init; } = [];
    public Channel? Channel { get; init; }
}
