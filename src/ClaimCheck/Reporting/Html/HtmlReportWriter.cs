using System.Globalization;
using ClaimCheck.Binding.Bound;
using ClaimCheck.Checking;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Reporting.Html;

/// <summary>
/// The report as one self-contained HTML page: each article's text with its statements,
/// sources, cues, channels, quotes and claims highlighted, each finding as a note beside its
/// paragraph, a table of every rule's outcome, and severity filters. Inline CSS and script
/// only, pinned by a Content-Security-Policy, so the page makes no request of any kind.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    public void Write(ComplianceReport report, TextWriter output)
    {
        var html = new HtmlBuilder();
        var rules = report.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        html.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Open("meta", ("http-equiv", "Content-Security-Policy"), ("content", HtmlAssets.ContentSecurityPolicy)).Line();
        html.Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Element("title", Title(report)).Line();
        html.Raw("<style>").Raw(HtmlAssets.Style).Raw("</style>\n</head>\n<body>\n");

        WriteHeader(html, report);
        html.Raw("<main>\n");
        WriteDiagnostics(html, report.Diagnostics, "Diagnostics");
        var slugs = ArticleSlugs.For(report.Articles.Select(a => a.Document.Article.Id));
        if (report.Articles.Length > 1)
            WriteContents(html, report, slugs);
        for (var i = 0; i < report.Articles.Length; i++)
            WriteArticle(html, report.Articles[i], slugs[i], rules);
        html.Raw("</main>\n<script>").Raw(HtmlAssets.Script).Raw("</script>\n</body>\n</html>\n");
        output.Write(html.ToString());
    }

    private static string Title(ComplianceReport report) => report.Articles.Length == 1
        ? "ClaimCheck report: " + (report.Articles[0].Document.Article.Headline ?? report.Articles[0].Document.Article.Id)
        : $"ClaimCheck report: {report.Articles.Length} articles";

    private static void WriteHeader(HtmlBuilder html, ComplianceReport report)
    {
        html.Raw("<header class=\"top\">\n<h1>ClaimCheck report</h1>\n");
        var articles = report.Articles.Length == 1 ? "1 article" : $"{report.Articles.Length} articles";
        html.Element("p", $"{articles} checked: {Count(report, DiagnosticSeverity.Error, "error")}, {Count(report, DiagnosticSeverity.Warning, "warning")}, " +
                          $"{report.Count(DiagnosticSeverity.Info)} info, {report.SuppressedCount} suppressed.", ("class", "totals")).Line();

        html.Raw("<fieldset class=\"filters\"><legend>Show findings</legend>\n");
        foreach (var severity in new[] { DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Info })
        {
            var name = severity.ToString().ToLowerInvariant();
            WriteFilter(html, name, name, report.Count(severity));
        }
        WriteFilter(html, "suppressed", "suppressed", report.SuppressedCount);
        html.Raw("</fieldset>\n");

        html.Raw("<div class=\"legend\" aria-label=\"Legend\"><span class=\"legend-title\">Highlights:</span> ");
        foreach (var (kind, label) in HtmlAssets.Legend)
            html.Element("span", label, ("class", new Highlight(kind, default, "").CssClass)).Raw(" ");
        html.Raw("<span><span class=\"badge\">1</span> start of a finding&#39;s passage (the number of its note)</span></div>\n</header>\n");
    }

    /// <summary>For a run over several articles: a list of them with their compliance, linking to each.</summary>
    private static void WriteContents(HtmlBuilder html, ComplianceReport report, IReadOnlyList<string> slugs)
    {
        html.Raw("<nav class=\"contents\" aria-label=\"Articles\"><h2>Articles</h2>\n<ol>\n");
        for (var i = 0; i < report.Articles.Length; i++)
        {
            var result = report.Articles[i];
            var findings = result.Findings.Count(f => !f.Suppressed);
            html.Open("li").Element("a", result.Document.Article.Headline ?? result.Document.Article.Id, ("href", "#a-" + slugs[i]));
            html.Text($" ({result.Path}): compliance {Score(result)}, {(findings == 1 ? "1 finding" : $"{findings} findings")}").Close("li").Line();
        }
        html.Raw("</ol></nav>\n");
    }

    private static void WriteFilter(HtmlBuilder html, string filter, string label, int count)
    {
        html.Open("label", ("class", "filter"));
        html.Open("input", ("type", "checkbox"), ("id", "show-" + filter), ("data-filter", filter), ("checked", ""));
        html.Text($" {label} ({count.ToString(CultureInfo.InvariantCulture)})");
        html.Close("label").Line();
    }

    private static void WriteArticle(HtmlBuilder html, ArticleResult result, string slug, IReadOnlyDictionary<string, BoundRule> rules)
    {
        var article = result.Document.Article;
        html.Open("article", ("class", "report"), ("id", "a-" + slug)).Line();
        html.Element("h2", article.Headline ?? article.Id).Line();
        html.Element("p", Meta(result), ("class", "meta")).Line();
        WriteDiagnostics(html, result.Diagnostics, "Diagnostics for this article");

        var layout = ParagraphLayout.For(result, slug);
        var highlights = ArticleHighlights.Of(result.Document.Index)
            .Concat(layout.Findings.Select(f => new Highlight(HighlightKind.Finding, f.Finding.Span, "", f.Id)))
            .ToList();
        html.Raw("<div class=\"body\">\n");
        for (var i = 0; i < layout.Paragraphs.Length; i++)
        {
            var paragraphId = $"p-{slug}-{i + 1}";
            var beside = layout.FindingsBeside(i).ToList();
            html.Raw("<div class=\"row\">");
            html.Open("p", ("class", "para"), ("id", paragraphId));
            ParagraphRenderer.Render(html, article.Text, layout.Paragraphs[i], highlights, beside);
            html.Close("p").Line();
            html.Raw(beside.Count == 0 ? "<div class=\"notes\">" : "<div class=\"notes\">\n");
            foreach (var note in beside)
                FindingNote.Write(html, note, paragraphId, rules.GetValueOrDefault(note.Finding.RuleId)?.Title);
            html.Raw("</div></div>\n");
        }
        html.Raw("</div>\n");

        html.Element("h3", "Rules").Line();
        RuleSummaryTable.Write(html, result, rules);
        html.Close("article").Line();
    }

    private static string Meta(ArticleResult result)
    {
        var article = result.Document.Article;
        var parts = new List<string> { result.Path };
        if (article.Outlet is { } outlet)
            parts.Add(outlet);
        if (article.Published is { } published)
            parts.Add(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        parts.Add($"compliance {Score(result)}: {result.Passed} passed, {result.Failed} failed, {result.NotApplicable} not applicable");
        return string.Join(" · ", parts);
    }

    private static string Score(ArticleResult result) =>
        result.Score is { } s ? s.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "") : "n/a";

    private static void WriteDiagnostics(HtmlBuilder html, IReadOnlyCollection<Diagnostic> diagnostics, string heading)
    {
        if (diagnostics.Count == 0)
            return;
        html.Raw("<section class=\"diagnostics\">");
        html.Element("h3", heading);
        html.Raw("<ul>\n");
        foreach (var diagnostic in diagnostics)
            html.Open("li", ("class", "lvl-" + diagnostic.Severity.ToString().ToLowerInvariant())).Element("code", DiagnosticFormatter.FormatLine(diagnostic)).Close("li").Line();
        html.Raw("</ul></section>\n");
    }

    private static string Count(ComplianceReport report, DiagnosticSeverity severity, string noun)
    {
        var count = report.Count(severity);
        return count == 1 ? $"1 {noun}" : $"{count} {noun}s";
    }
}
