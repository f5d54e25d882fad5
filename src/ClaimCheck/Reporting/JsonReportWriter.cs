using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCheck.Checking;
using ClaimCheck.Diagnostics;
using ClaimCheck.Text;

namespace ClaimCheck.Reporting;

/// <summary>The report as JSON, following <c>schemas/report.schema.json</c>. Written field by field so the bytes are stable.</summary>
public sealed class JsonReportWriter : IReportWriter
{
    public const string SchemaVersion = "1";

    public void Write(ComplianceReport report, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("version", SchemaVersion);
            WriteRules(report, json);
            json.WriteStartArray("articles");
            foreach (var article in report.Articles)
                WriteArticle(article, json);
            json.WriteEndArray();
            WriteDiagnostics("diagnostics", report.Diagnostics, json);
            json.WriteStartObject("summary");
            json.WriteNumber("articles", report.Articles.Length);
            json.WriteNumber("errors", report.Count(DiagnosticSeverity.Error));
            json.WriteNumber("warnings", report.Count(DiagnosticSeverity.Warning));
            json.WriteNumber("infos", report.Count(DiagnosticSeverity.Info));
            json.WriteNumber("suppressed", report.SuppressedCount);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n"));
        output.Write('\n');
    }

    private static void WriteRules(ComplianceReport report, Utf8JsonWriter json)
    {
        json.WriteStartArray("rules");
        foreach (var rule in report.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("title", rule.Title);
            json.WriteString("severity", Severity(rule.Severity));
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
            WriteLocation(rule.Location, json);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteArticle(ArticleResult article, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("path", article.Path);
        json.WriteString("model", article.Document.ModelPath);
        json.WriteString("id", article.Document.Article.Id);
        if (article.Document.Article.Headline is { } headline)
            json.WriteString("headline", headline);
        if (article.Score is { } score)
            json.WriteNumber("score", Math.Round(score, 4));
        else
            json.WriteNull("score");
        json.WriteNumber("passed", article.Passed);
        json.WriteNumber("failed", article.Failed);
        json.WriteNumber("notApplicable", article.NotApplicable);
        json.WriteStartArray("outcomes");
        foreach (var outcome in article.Outcomes)
        {
            json.WriteStartObject();
            json.WriteString("rule", outcome.RuleId);
            json.WriteString("status", Status(outcome.Status));
            json.WriteNumber("subjects", outcome.Subjects);
            json.WriteNumber("findings", outcome.Findings);
            json.WriteNumber("suppressed", outcome.Suppressed);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("findings");
        foreach (var finding in article.Findings)
            WriteFinding(finding, json);
        json.WriteEndArray();
        WriteDiagnostics("diagnostics", article.Diagnostics, json);
        json.WriteEndObject();
    }

    private static void WriteFinding(Finding finding, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("rule", finding.RuleId);
        json.WriteString("severity", Severity(finding.Severity));
        json.WriteString("message", finding.Message);
        if (finding.Help is { } help)
            json.WriteString("help", help);
        json.WriteString("subject", finding.Subject);
        json.WriteString("evidence", finding.Evidence);
        json.WritePropertyName("span");
        json.WriteStartObject();
        json.WriteNumber("start", finding.Span.Start);
        json.WriteNumber("end", finding.Span.End);
        json.WriteEndObject();
        json.WritePropertyName("location");
        WriteLocation(finding.Location, json);
        json.WriteBoolean("suppressed", finding.Suppressed);
        if (finding.SuppressionReason is { } reason)
            json.WriteString("suppressionReason", reason);
        json.WriteEndObject();
    }

    private static void WriteDiagnostics(string name, IEnumerable<Diagnostic> diagnostics, Utf8JsonWriter json)
    {
        json.WriteStartArray(name);
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", diagnostic.Id);
            json.WriteString("severity", Severity(diagnostic.Severity));
            json.WriteString("message", diagnostic.Message);
            if (diagnostic.Location is { } location)
            {
                json.WritePropertyName("location");
                WriteLocation(location, json);
            }
            else if (diagnostic.Path is { } path)
            {
                json.WritePropertyName("location");
                json.WriteStartObject();
                json.WriteString("path", path);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    internal static void WriteLocation(TextLocation location, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("path", location.Path);
        json.WriteNumber("startLine", location.Start.Line + 1);
        json.WriteNumber("startColumn", location.Start.Character + 1);
        json.WriteNumber("endLine", location.End.Line + 1);
        json.WriteNumber("endColumn", location.End.Character + 1);
        json.WriteNumber("offset", location.Span.Start);
        json.WriteNumber("length", location.Span.Length);
        json.WriteEndObject();
    }

    internal static string Severity(DiagnosticSeverity severity) => severity.ToString().ToLowerInvariant();

    private static string Status(RuleStatus status) => status switch
    {
        RuleStatus.Passed => "passed",
        RuleStatus.Failed => "failed",
        RuleStatus.NotApplicable => "not-applicable",
        _ => "error",
    };
}
