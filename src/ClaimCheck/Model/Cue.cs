using ClaimCheck.Text;

namespace ClaimCheck.Model;

/// <summary>The reporting verb or phrase ("stated", "according to"), with its lemma ("state").</summary>
public sealed record Cue
{
    public string Text { get; init; } = "";
    public string? Lemma { get; init; }
    public TextSpan Span { get; init; }
}
