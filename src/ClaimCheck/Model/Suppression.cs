using ClaimCheck.Text;

namespace ClaimCheck.Model;

/// <summary>Findings of <see cref="Rule"/> inside <see cref="Span"/> (or anywhere, without one) are marked suppressed.</summary>
public sealed record Suppression
{
    public string Rule { get; init; } = "";
    public TextSpan? Span { get; init; }
    public string? Reason { get; init; }
}
