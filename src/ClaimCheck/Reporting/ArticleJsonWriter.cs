using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCheck.Checking;
using ClaimCheck.Diagnostics;
using ClaimCheck.Text;

namespace ClaimCheck.Reporting;

/// <summary>
/// The pieces of <c>schemas/report.schema.json</c> shared by the JSON report and the JSON Lines
/// stream (whose every line is one <c>article</c> object). Written field by field so the bytes are stable.
/// </summary>
internal static class ArticleJsonWriter
{
    public static JsonWriterOptions Options(bool indented) =>
        new() { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };

    public static void WriteArticle(ArticleResult article, Utf8JsonWriter json)
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
            json.WriteString("status", ReportNames.Status(outcome.Status));
            json.WriteNumber("subjects", outcome.Subjects);
            json.WriteNumber("findings", outcome.Findings);
            json.WriteNumber("suppressed", outcome.Suppressed);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("findings");
        var fingerprints = FindingFingerprints.Of(article);
        for (var i = 0; i < article.Findings.Length; i++)
            WriteFinding(article.Findings[i], fingerprints[i], json);
        json.WriteEndArray();
        WriteDiagnostics("diagnostics", article.Diagnostics, json);
        json.WriteEndObject();
    }

    private static void WriteFinding(Finding finding, string fingerprint, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("rule", finding.RuleId);
        json.WriteString("severity", ReportNames.Severity(finding.Severity));
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
        json.WriteString("fingerprint", fingerprint);
        json.WriteBoolean("suppressed", finding.Suppressed);
        if (finding.SuppressionReason is { } reason)
            json.WriteString("suppressionReason", reason);
        json.WriteEndObject();
    }

    public static void WriteDiagnostics(string name, IEnumerable<Diagnostic> diagnostics, Utf8JsonWriter json)
    {
        json.WriteStartArray(name);
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", diagnostic.Id);
            json.WriteString("severity", ReportNames.Severity(diagnostic.Severity));
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

    public static void WriteLocation(TextLocation location, Utf8JsonWriter json)
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
}
