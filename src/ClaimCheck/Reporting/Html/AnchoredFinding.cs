using ClaimCheck.Checking;

namespace ClaimCheck.Reporting.Html;

/// <summary>A finding with its stable page id (<c>f-ARTICLE-N</c>), its number in the article, and the paragraph its note sits beside.</summary>
internal sealed record AnchoredFinding(Finding Finding, string Id, int Number, int Paragraph)
{
    public string SeverityName => Finding.Severity.ToString().ToLowerInvariant();

    public string CssClass => "sev-" + SeverityName + (Finding.Suppressed ? " suppressed" : "");
}
