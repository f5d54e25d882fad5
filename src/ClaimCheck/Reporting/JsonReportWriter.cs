using System.Text.Json;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Reporting;

/// <summary>The report as JSON, following <c>schemas/report.schema.json</c>. Written field by field so the bytes are stable.</summary>
public sealed class JsonReportWriter : IReportWriter
{
    public const string SchemaVersion = "1";

    public void Write(ComplianceReport report, TextWriter output)
    {
        JsonText.Write(output, indented: true, json =>
        {
            json.WriteStartObject();
            json.WriteString("version", SchemaVersion);
            WriteRules(report, json);
            json.WriteStartArray("articles");
            foreach (var article in report.Articles)
                ArticleJsonWriter.WriteArticle(article, json);
            json.WriteEndArray();
            ArticleJsonWriter.WriteDiagnostics("diagnostics", report.Diagnostics, json);
            json.WriteStartObject("summary");
            json.WriteNumber("articles", report.Articles.Length);
            json.WriteNumber("errors", report.Count(DiagnosticSeverity.Error));
            json.WriteNumber("warnings", report.Count(DiagnosticSeverity.Warning));
            json.WriteNumber("infos", report.Count(DiagnosticSeverity.Info));
            json.WriteNumber("suppressed", report.SuppressedCount);
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    private static void WriteRules(ComplianceReport report, Utf8JsonWriter json)
    {
        json.WriteStartArray("rules");
        foreach (var rule in report.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("title", rule.Title);
            json.WriteString("severity", ReportNames.Severity(rule.Severity));
            json.WriteString("subject", rule.Subject.Name);
            if (rule.PolicySentence is { } sentence)
                json.WriteString("policy", sentence);
            if (rule.Help is { } help)
                json.WriteString("help", help);
            json.WriteStartArray("tags");
            foreach (var tag in rule.Tags)
                json.WriteStringValue(tag);
            json.WriteEndArray();
            json.WritePropertyName("definedAt");
            ArticleJsonWriter.WriteLocation(rule.Location, json);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
