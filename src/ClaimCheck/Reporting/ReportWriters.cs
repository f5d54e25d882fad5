namespace ClaimCheck.Reporting;

public static class ReportWriters
{
    public static IReportWriter For(ReportFormat format, bool color = false) => format switch
    {
        ReportFormat.Json => new JsonReportWriter(),
        ReportFormat.Html => new Html.HtmlReportWriter(),
        ReportFormat.Sarif => new SarifReportWriter(),
        ReportFormat.JUnit => new JUnitReportWriter(),
        ReportFormat.Markdown => new MarkdownReportWriter(),
        ReportFormat.Jsonl => new JsonLinesReportWriter(),
        _ => new TextReportWriter(color),
    };
}
