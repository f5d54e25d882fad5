namespace ClaimCheck.Reporting;

public static class ReportWriters
{
    public static IReportWriter For(ReportFormat format, bool color = false) => format switch
    {
        ReportFormat.Json => new JsonReportWriter(),
        ReportFormat.Html => new Html.HtmlReportWriter(),
        _ => new TextReportWriter(color),
    };
}
