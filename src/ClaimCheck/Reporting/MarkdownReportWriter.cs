using System.Globalization;
using ClaimCheck.Checking;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Reporting;

/// <summary>
/// A report fit for a review comment: a summary table of the articles, then each article's
/// findings (severity, rule, location, message, the excerpt with the span in bold, help) and a
/// folded table of every rule's outcome. User text is escaped, so an article cannot inject markup.
/// </summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    public void Write(ComplianceReport report, TextWriter output)
    {
        var titles = report.Rules.ToDictionary(r => r.Id, r => r.Title, StringComparer.Ordinal);
        output.Write("# ClaimCheck report\n\n");
        WriteSummary(report, output);
        foreach (var diagnostic in report.Diagnostics)
            output.Write($"- **{ReportNames.Severity(diagnostic.Severity)}** {MarkdownText.Code(diagnostic.Id)} {MarkdownText.Code(diagnostic.DisplayPath)}: {MarkdownText.Escape(diagnostic.Message)}\n");
        if (report.Diagnostics.Length > 0)
            output.Write('\n');
        foreach (var article in report.Articles)
            WriteArticle(article, titles, output);
    }

    private static void WriteSummary(ComplianceReport report, TextWriter output)
    {
        output.Write("| Article | Passed | Failed | Not applicable | Score | Errors | Warnings | Info | Suppressed |\n");
        output.Write("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var article in report.Articles)
        {
            var findings = article.Findings.Where(f => !f.Suppressed).ToList();
            output.Write($"| {MarkdownText.Escape(article.Path)} | {article.Passed} | {article.Failed} | {article.NotApplicable} | {Score(article)} | " +
                         $"{findings.Count(f => f.Severity == DiagnosticSeverity.Error)} | {findings.Count(f => f.Severity == DiagnosticSeverity.Warning)} | " +
                         $"{findings.Count(f => f.Severity == DiagnosticSeverity.Info)} | {article.Findings.Count(f => f.Suppressed)} |\n");
        }
        output.Write('\n');
        var articles = report.Articles.Length == 1 ? "1 article" : $"{report.Articles.Length} articles";
        output.Write($"{articles} checked: {report.Count(DiagnosticSeverity.Error)} errors, {report.Count(DiagnosticSeverity.Warning)} warnings, " +
                     $"{report.Count(DiagnosticSeverity.Info)} info, {report.SuppressedCount} suppressed.\n\n");
    }

    private static void WriteArticle(ArticleResult article, Dictionary<string, string> titles, TextWriter output)
    {
        output.Write($"## {MarkdownText.Code(article.Path)}\n\n");
        if (article.Document.Article.Headline is { } headline && !string.IsNullOrWhiteSpace(headline))
            output.Write($"*{MarkdownText.Escape(headline)}*\n\n");
        foreach (var diagnostic in article.Diagnostics)
            output.Write($"- **{ReportNames.Severity(diagnostic.Severity)}** {MarkdownText.Code(diagnostic.Id)}: {MarkdownText.Escape(diagnostic.Message)}\n");
        if (article.Findings.Length == 0)
            output.Write("No findings.\n\n");
        foreach (var finding in article.Findings)
            WriteFinding(finding, output);
        WriteOutcomes(article, titles, output);
    }

    private static void WriteFinding(Finding finding, TextWriter output)
    {
        var start = finding.Location.Start;
        var where = $"{finding.Location.Path}({start.Line + 1},{start.Character + 1})";
        var suppressed = finding.Suppressed
            ? " *(suppressed" + (finding.SuppressionReason is { } r ? ": " + MarkdownText.Escape(r) : "") + ")*"
            : "";
        output.Write($"- **{ReportNames.Severity(finding.Severity)}** {MarkdownText.Code(finding.RuleId)} at {MarkdownText.Code(where)}{suppressed}: {MarkdownText.Escape(finding.Message)}\n\n");
        output.Write($"  > {MarkdownText.Excerpt(finding.Location)}\n\n");
        if (finding.Help is { } help)
            output.Write($"  Help: {MarkdownText.Escape(help)}\n\n");
    }

    private static void WriteOutcomes(ArticleResult article, Dictionary<string, string> titles, TextWriter output)
    {
        output.Write($"<details><summary>Rules: {article.Passed} passed, {article.Failed} failed, {article.NotApplicable} not applicable; compliance {Score(article)}</summary>\n\n");
        output.Write("| Rule | Status | Findings | Title |\n| --- | --- | ---: | --- |\n");
        foreach (var outcome in article.Outcomes)
        {
            var findings = outcome.Suppressed > 0 ? $"{outcome.Findings} ({outcome.Suppressed} suppressed)" : outcome.Findings.ToString(CultureInfo.InvariantCulture);
            output.Write($"| {MarkdownText.Code(outcome.RuleId)} | {ReportNames.Status(outcome.Status)} | {findings} | {MarkdownText.Escape(titles.GetValueOrDefault(outcome.RuleId, ""))} |\n");
        }
        output.Write("\n</details>\n\n");
    }

    private static string Score(ArticleResult article) =>
        article.Score is { } s ? s.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "") : "n/a";
}
