using System.Collections.Immutable;
using ClaimCheck.Checking;
using ClaimCheck.Text;

namespace ClaimCheck.Reporting.Html;

/// <summary>
/// The paragraphs an article is shown as, in text order, and which paragraph each finding's
/// note is placed beside: the one its span starts in, else the next one, else the last.
/// An article without paragraphs is shown as one paragraph of its whole text.
/// </summary>
internal sealed record ParagraphLayout(ImmutableArray<TextSpan> Paragraphs, ImmutableArray<AnchoredFinding> Findings)
{
    public static ParagraphLayout For(ArticleResult result, string articleSlug)
    {
        var text = result.Document.Article.Text;
        var paragraphs = result.Document.Article.Paragraphs
            .Select(p => Clamp(p.Span, text.Length))
            .OrderBy(p => p.Start)
            .ThenBy(p => p.End)
            .ToImmutableArray();
        if (paragraphs.IsEmpty)
            paragraphs = [new TextSpan(0, text.Length)];

        var findings = result.Findings
            .Select((finding, i) => new AnchoredFinding(finding, $"f-{articleSlug}-{i + 1}", i + 1, ParagraphOf(paragraphs, finding.Span.Start)))
            .ToImmutableArray();
        return new ParagraphLayout(paragraphs, findings);
    }

    public IEnumerable<AnchoredFinding> FindingsBeside(int paragraph) => Findings.Where(f => f.Paragraph == paragraph);

    private static int ParagraphOf(ImmutableArray<TextSpan> paragraphs, int position)
    {
        for (var i = 0; i < paragraphs.Length; i++)
        {
            if (paragraphs[i].Contains(position) || (position < paragraphs[i].Start))
                return i;
        }
        return paragraphs.Length - 1;
    }

    private static TextSpan Clamp(TextSpan span, int length)
    {
        var start = Math.Clamp(span.Start, 0, length);
        return TextSpan.FromBounds(start, Math.Clamp(span.End, start, length));
    }
}
