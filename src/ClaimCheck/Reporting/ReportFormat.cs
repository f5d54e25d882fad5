namespace ClaimCheck.Reporting;

public enum ReportFormat
{
    Text,
    Json,
    Html,
    Sarif,
    JUnit,
    Markdown,
    Jsonl,
}
