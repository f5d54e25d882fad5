using System.Globalization;
using ClaimCheck.Checking;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Reporting;

/// <summary>
/// Compiler-style findings (<c>path(line,col): warning ID: message</c>, the source line and a
/// caret underline), then a summary table per article and a closing line of totals.
/// </summary>
public sealed class TextReportWriter(bool color = false) : IReportWriter
{
    private readonly Ansi _ansi = new(color);

    public void Write(ComplianceReport report, TextWriter output)
    {
        foreach (var diagnostic in report.Diagnostics)
            WriteDiagnostic(diagnostic, output);

        var titles = report.Rules.ToDictionary(r => r.Id, r => r.Title, StringComparer.Ordinal);
        foreach (var article in report.Articles)
        {
            foreach (var diagnostic in article.Diagnostics)
                WriteDiagnostic(diagnostic, output);
            foreach (var finding in article.Findings)
                WriteFinding(finding, output);
            WriteSummary(article, titles, output);
        }
        WriteTotals(report, output);
    }

    private void WriteDiagnostic(Diagnostic diagnostic, TextWriter output)
    {
        var line = DiagnosticFormatter.FormatLine(diagnostic);
        output.Write(_ansi.Severity(diagnostic.Severity, line));
        output.Write('\n');
        if (diagnostic.Location is { } location)
            output.Write(SourceExcerpt.Render(location.Text, location.Span, "    "));
        output.Write('\n');
    }

    private void WriteFinding(Finding finding, TextWriter output)
    {
        var start = finding.Location.Start;
        var severity = finding.Severity.ToString().ToLowerInvariant();
        var suppressed = finding.Suppressed ? " [suppressed" + (finding.SuppressionReason is { } r ? ": " + r : "") + "]" : "";
        output.Write($"{finding.Location.Path}({start.Line + 1},{start.Character + 1}): {_ansi.Severity(finding.Severity, severity + " " + finding.RuleId)}: {finding.Message}{suppressed}\n");
        output.Write(_ansi.Dim(SourceExcerpt.Render(finding.Location.Text, finding.Location.Span, "    ")));
        if (finding.Help is { } help)
            output.Write($"    = help: {help}\n");
        output.Write('\n');
    }

    private void WriteSummary(ArticleResult article, Dictionary<string, string> titles, TextWriter output)
    {
        var score = article.Score is { } s ? s.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "") : "n/a";
        output.Write(_ansi.Bold($"{article.Path}: {article.Passed} passed, {article.Failed} failed, {article.NotApplicable} not applicable; compliance {score}") + "\n");
        var idWidth = Math.Max(4, article.Outcomes.Select(o => o.RuleId.Length).DefaultIfEmpty(0).Max());
        output.Write($"  {"RULE".PadRight(idWidth)}  {"STATUS",-14}  {"FINDINGS",8}  TITLE\n");
        foreach (var outcome in article.Outcomes)
        {
            var status = outcome.Status switch
            {
                RuleStatus.Passed => "passed",
                RuleStatus.Failed => "failed",
                RuleStatus.NotApplicable => "not applicable",
                _ => "error",
            };
            var findings = outcome.Suppressed > 0 ? $"{outcome.Findings} ({outcome.Suppressed} s)" : outcome.Findings.ToString(CultureInfo.InvariantCulture);
            var statusText = status.PadRight(14);
            statusText = outcome.Status == RuleStatus.Passed ? _ansi.Green(statusText) : outcome.Status == RuleStatus.NotApplicable ? _ansi.Dim(statusText) : statusText;
            output.Write($"  {outcome.RuleId.PadRight(idWidth)}  {statusText}  {findings,8}  {titles.GetValueOrDefault(outcome.RuleId, "")}\n");
        }
        output.Write('\n');
    }

    private static void WriteTotals(ComplianceReport report, TextWriter output)
    {
        var articles = report.Articles.Length == 1 ? "1 article" : $"{report.Articles.Length} articles";
        var suppressed = report.SuppressedCount > 0 ? $", {report.SuppressedCount} suppressed" : "";
        output.Write($"{articles} checked: {Plural(report.Count(DiagnosticSeverity.Error), "error")}, " +
                     $"{Plural(report.Count(DiagnosticSeverity.Warning), "warning")}, " +
                     $"{report.Count(DiagnosticSeverity.Info)} info{suppressed}.\n");
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
