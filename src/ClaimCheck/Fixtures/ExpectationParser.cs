using System.Text.RegularExpressions;
using ClaimCheck.Diagnostics;
using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Fixtures;

/// <summary>
/// Reads <c>&lt;!-- expect: ID, ID --&gt;</c> and <c>&lt;!-- ok: ID --&gt;</c> comments from a
/// fixture's source text, as <c>semgrep --test</c> reads <c>ruleid:</c> and <c>ok:</c>. The source
/// text is <see cref="ArticleDocument.Display"/>: the file the model names, or the Markdown/HTML
/// file an article was extracted from, so one reader serves every input format. A comment
/// governs the first paragraph that starts after it in that file.
/// </summary>
public static partial class ExpectationParser
{
    /// <summary>Whether the fixture asks to be skipped (<c>&lt;!-- skip --&gt;</c> or <c>&lt;!-- skip: reason --&gt;</c>), and why.</summary>
    public static string? SkipReason(SourceText source) =>
        SkipComment().Match(source.Text) is { Success: true } m ? (m.Groups[1].Value.Trim() is { Length: > 0 } r ? r : "marked skip") : null;

    public static IReadOnlyList<Expectation> Parse(ArticleDocument document, ISet<string> ruleIds, DiagnosticBag diagnostics)
    {
        var source = document.Display;
        var paragraphs = document.Article.Paragraphs
            .Select(p => document.Locate(p.Span))
            .OrderBy(l => l.Span.Start)
            .ToList();
        var expectations = new List<Expectation>();
        foreach (Match comment in ExpectationComment().Matches(source.Text))
        {
            var keyword = comment.Groups[1].Value.ToLowerInvariant();
            var kind = keyword == "expect" ? ExpectationKind.Expect : ExpectationKind.Ok;
            var location = new TextLocation(source, new TextSpan(comment.Index, comment.Length));
            var paragraph = paragraphs.FirstOrDefault(p => p.Span.Start >= comment.Index + comment.Length);
            if (paragraph is null)
            {
                diagnostics.Report(DiagnosticDescriptors.ExpectationWithoutParagraph, location, keyword);
                continue;
            }

            var ids = comment.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (ids.Length == 0)
                diagnostics.Report(DiagnosticDescriptors.ExpectationWithoutRule, location, keyword);
            foreach (var id in ids)
            {
                if (!ruleIds.Contains(id))
                {
                    diagnostics.Report(DiagnosticDescriptors.ExpectationUnknownRule, location, id, Diagnostics.Suggestions.DidYouMean(id, ruleIds));
                    continue;
                }
                expectations.Add(new Expectation(kind, id, location, paragraph));
            }
        }
        return expectations;
    }

    [GeneratedRegex(@"<!--\s*(expect|ok)\s*:([^>]*?)-->", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex ExpectationComment();

    [GeneratedRegex(@"<!--\s*skip\s*(?::([^>]*?))?-->", RegexOptions.IgnoreCase)]
    private static partial Regex SkipComment();
}
