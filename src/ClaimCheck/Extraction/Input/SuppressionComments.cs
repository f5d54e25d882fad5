using System.Text.RegularExpressions;
using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Input;

/// <summary>
/// Suppression comments in Markdown and HTML articles, turned into the model's suppressions:
/// <c>&lt;!-- claimcheck-disable RULE -- reason --&gt;</c> up to <c>&lt;!-- claimcheck-enable RULE --&gt;</c>
/// (or the end), and <c>&lt;!-- claimcheck-disable-next-paragraph RULE -- reason --&gt;</c>.
/// Rules may be IDs or prefix globs, comma-separated. The comments are not part of the text,
/// so their places are mapped through the source map to the text that follows them.
/// </summary>
internal static class SuppressionComments
{
    // NonBacktracking: articles are untrusted and may be megabytes long.
    private static readonly Regex Comment = new(
        @"<!--\s*claimcheck-(?<kind>disable-next-paragraph|disable|enable)\s+(?<rules>[A-Za-z0-9_*\-]+(?:\s*,\s*[A-Za-z0-9_*\-]+)*)(?:\s+--\s+(?<reason>[^>]*?))?\s*-->",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    public static IReadOnlyList<Suppression> Read(string source, IReadOnlyList<SourceSegment> map, IReadOnlyList<Paragraph> paragraphs, int textLength)
    {
        var suppressions = new List<Suppression>();
        var open = new Dictionary<string, (int Start, string? Reason)>(StringComparer.OrdinalIgnoreCase);
        foreach (Match match in Comment.Matches(source))
        {
            var rules = match.Groups["rules"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var reason = match.Groups["reason"].Success ? match.Groups["reason"].Value.Trim() : null;
            var after = TextAfter(match.Index + match.Length, map, textLength);
            switch (match.Groups["kind"].Value)
            {
                case "disable-next-paragraph":
                    var paragraph = paragraphs.FirstOrDefault(p => p.Span.Start >= after);
                    if (paragraph is not null)
                        suppressions.AddRange(rules.Select(r => new Suppression { Rule = r, Span = paragraph.Span, Reason = reason }));
                    break;
                case "disable":
                    foreach (var rule in rules)
                        open[rule] = (after, reason);
                    break;
                default:
                    var end = TextAfter(match.Index, map, textLength);
                    foreach (var rule in rules)
                    {
                        if (open.Remove(rule, out var started))
                            suppressions.Add(new Suppression { Rule = rule, Span = TextSpan.FromBounds(started.Start, Math.Max(started.Start, end)), Reason = started.Reason });
                    }
                    break;
            }
        }
        foreach (var (rule, started) in open.OrderBy(o => o.Value.Start))
            suppressions.Add(new Suppression { Rule = rule, Span = TextSpan.FromBounds(started.Start, textLength), Reason = started.Reason });
        return suppressions;
    }

    /// <summary>The text offset of the first text that comes from at or after <paramref name="sourceOffset"/>.</summary>
    private static int TextAfter(int sourceOffset, IReadOnlyList<SourceSegment> map, int textLength)
    {
        if (map.Count == 0)
            return Math.Min(sourceOffset, textLength);
        foreach (var segment in map)
        {
            if (segment.SourceStart + segment.Length > sourceOffset)
                return segment.Start + Math.Max(0, sourceOffset - segment.SourceStart);
        }
        return textLength;
    }
}
