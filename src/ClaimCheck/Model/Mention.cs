using ClaimCheck.Text;

namespace ClaimCheck.Model;

/// <summary>One place the entity is named (or referred to), with the title used there.</summary>
public sealed record Mention
{
    public TextSpan Span { get; init; }
    public string? Text { get; init; }
    public string? Title { get; init; }
}
