using ClaimCheck.Text;

namespace ClaimCheck.Reporting.Html;

/// <summary>
/// Writes one paragraph of article text with its highlights as properly nested
/// <c>&lt;span&gt;</c>s, and a numbered badge where each finding's passage starts.
/// </summary>
/// <remarks>
/// Highlights may overlap in any way (a quote inside a statement inside a claim, or a claim
/// that starts inside one statement and ends inside the next), but elements must nest. The
/// text is cut at every highlight boundary; at each cut the spans that end there are closed,
/// and any span closed early only because it was opened inside one that ends is reopened,
/// as an HTML parser reconstructs formatting elements. Spans opened together are ordered
/// longest first, so a span is split only where highlights truly cross.
/// </remarks>
internal static class ParagraphRenderer
{
    public static void Render(HtmlBuilder html, string text, TextSpan paragraph, IEnumerable<Highlight> highlights, IEnumerable<AnchoredFinding> badges)
    {
        var marks = highlights
            .Select(h => h with { Span = Clip(h.Span, paragraph) })
            .Where(h => h.Span.Length > 0)
            .OrderBy(h => h.Span.Start)
            .ToList();
        var badgeList = badges
            .Select(b => (Position: Math.Clamp(b.Finding.Span.Start, paragraph.Start, paragraph.End), Badge: b))
            .OrderBy(b => b.Position)
            .ThenBy(b => b.Badge.Number)
            .ToList();

        var cuts = new SortedSet<int> { paragraph.Start, paragraph.End };
        foreach (var mark in marks)
        {
            cuts.Add(mark.Span.Start);
            cuts.Add(mark.Span.End);
        }
        foreach (var badge in badgeList)
            cuts.Add(badge.Position);

        var open = new List<Highlight>();
        int nextMark = 0, nextBadge = 0, position = paragraph.Start;
        foreach (var cut in cuts)
        {
            html.Text(text[position..cut]);
            position = cut;

            var reopen = CloseEndingAt(html, open, cut);
            while (nextBadge < badgeList.Count && badgeList[nextBadge].Position == cut)
                WriteBadge(html, badgeList[nextBadge++].Badge);

            var starting = new List<Highlight>(reopen);
            while (nextMark < marks.Count && marks[nextMark].Span.Start == cut)
                starting.Add(marks[nextMark++]);
            foreach (var mark in starting.OrderByDescending(m => m.Span.End).ThenBy(m => m.Kind))
            {
                OpenSpan(html, mark);
                open.Add(mark);
            }
        }
        for (var i = 0; i < open.Count; i++)
            html.Close("span");
    }

    /// <summary>Closes the spans that end at <paramref name="cut"/> and returns those closed only to keep nesting, to reopen.</summary>
    private static List<Highlight> CloseEndingAt(HtmlBuilder html, List<Highlight> open, int cut)
    {
        var first = open.FindIndex(m => m.Span.End <= cut);
        if (first < 0)
            return [];
        for (var i = open.Count - 1; i >= first; i--)
            html.Close("span");
        var reopen = open.Skip(first).Where(m => m.Span.End > cut).ToList();
        open.RemoveRange(first, open.Count - first);
        return reopen;
    }

    private static void OpenSpan(HtmlBuilder html, Highlight mark) =>
        html.Open("span", ("class", mark.CssClass), ("data-f", mark.FindingId), ("title", mark.Kind == HighlightKind.Finding ? null : mark.Title));

    private static void WriteBadge(HtmlBuilder html, AnchoredFinding badge)
    {
        var label = $"Finding {badge.Number}: {badge.SeverityName} {badge.Finding.RuleId}" + (badge.Finding.Suppressed ? " (suppressed)" : "");
        html.Element("a", badge.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ("class", "badge " + badge.CssClass), ("href", "#" + badge.Id), ("id", "m-" + badge.Id), ("title", label), ("aria-label", label));
    }

    private static TextSpan Clip(TextSpan span, TextSpan paragraph)
    {
        var start = Math.Max(span.Start, paragraph.Start);
        var end = Math.Min(span.End, paragraph.End);
        return end > start ? TextSpan.FromBounds(start, end) : new TextSpan(start, 0);
    }
}
