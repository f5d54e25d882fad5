using ClaimCheck.Text;

namespace ClaimCheck.Model;

/// <summary>A date, year, number, percentage, amount or quantity inside a claim.</summary>
public sealed record ClaimValue
{
    public ValueKind Kind { get; init; }
    public string Text { get; init; } = "";
    public TextSpan Span { get; init; }

    /// <summary>The normalized value ("2015", "2024-12-08", "0.35").</summary>
    public string? Value { get; init; }
}
