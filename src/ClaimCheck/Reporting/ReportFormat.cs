namespace ClaimCheck.Reporting;

public enum ReportFormat
{
    Text,
    Json,
    Sarif,
    JUnit,
    Markdown,
    Jsonl,
}
