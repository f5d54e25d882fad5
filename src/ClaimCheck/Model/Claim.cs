using ClaimCheck.Text;

namespace ClaimCheck.Model;

/// <summary>A factual assertion, in the article's own voice or inside a statement's content.</summary>
public sealed record Claim
{
    public string Id { get; init; } = "";
    public string Text { get; init; } = "";
    public TextSpan Span { get; init; }
    public IReadOnlyList<ClaimValue> Values { get; init; } = [];
    public bool Attributed { get; init; }

    /// <summary>The statement the claim belongs to, when it is attributed.</summary>
    public string? Statement { get; init; }
}
