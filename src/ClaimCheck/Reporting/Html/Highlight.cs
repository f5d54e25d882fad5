using ClaimCheck.Text;

namespace ClaimCheck.Reporting.Html;

/// <summary>A stretch of article text to mark: its kind, span, a tooltip, and for findings the note's id.</summary>
internal sealed record Highlight(HighlightKind Kind, TextSpan Span, string Title, string? FindingId = null)
{
    public string CssClass => Kind == HighlightKind.Finding ? "fx" : "hl hl-" + Kind.ToString().ToLowerInvariant();
}
