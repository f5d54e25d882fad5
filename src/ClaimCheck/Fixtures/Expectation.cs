using ClaimCheck.Text;

namespace ClaimCheck.Fixtures;

/// <summary>
/// One rule ID of an expectation comment, with where the comment is and the source lines
/// (0-based, inclusive) of the paragraph it governs.
/// </summary>
public sealed record Expectation(ExpectationKind Kind, string RuleId, TextLocation Comment, TextLocation Paragraph)
{
    public bool Covers(TextLocation location) =>
        string.Equals(location.Path, Paragraph.Path, StringComparison.Ordinal)
        && location.Start.Line >= Paragraph.Start.Line
        && location.Start.Line <= Paragraph.End.Line;

    public string Keyword => Kind == ExpectationKind.Expect ? "expect" : "ok";
}
