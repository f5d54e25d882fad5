using System.Text.Json;
using ClaimCheck.Checking;
using ClaimCheck.Diagnostics;
using ClaimCheck.Text;

namespace ClaimCheck.Reporting;

/// <summary>The per-run parts of the SARIF log that come from the checked articles: invocation, artifacts, results.</summary>
internal static class SarifResultWriter
{
    /// <summary>
    /// Rule-file warnings are configuration notifications; unreadable inputs and rules that could
    /// not be evaluated are execution notifications and make the execution unsuccessful.
    /// </summary>
    public static void WriteInvocation(ComplianceReport report, Utf8JsonWriter json)
    {
        var execution = report.Diagnostics.Concat(report.Articles.SelectMany(a => a.Diagnostics)).ToList();
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !execution.Any(d => d.Severity == DiagnosticSeverity.Error));
        if (report.RuleDiagnostics.Length > 0)
            WriteNotifications("toolConfigurationNotifications", report.RuleDiagnostics, json);
        if (execution.Count > 0)
            WriteNotifications("toolExecutionNotifications", execution, json);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>Writes the article files as artifacts and returns each one's index.</summary>
    public static Dictionary<string, int> WriteArtifacts(ComplianceReport report, Utf8JsonWriter json)
    {
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        json.WriteStartArray("artifacts");
        foreach (var article in report.Articles)
        {
            if (!indexes.TryAdd(article.Path, indexes.Count))
                continue;
            json.WriteStartObject();
            json.WriteStartObject("location");
            json.WriteString("uri", SarifUris.Of(article.Path));
            json.WriteEndObject();
            json.WriteStartArray("roles");
            json.WriteStringValue("analysisTarget");
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        return indexes;
    }

    public static void WriteResults(ComplianceReport report, Dictionary<string, int> artifacts, Utf8JsonWriter json)
    {
        var ruleIndexes = report.Rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        json.WriteStartArray("results");
        foreach (var article in report.Articles)
        {
            var fingerprints = FindingFingerprints.Of(article);
            for (var i = 0; i < article.Findings.Length; i++)
                WriteResult(article.Findings[i], fingerprints[i], ruleIndexes, artifacts[article.Path], json);
        }
        json.WriteEndArray();
    }

    private static void WriteResult(Finding finding, string fingerprint, Dictionary<string, int> ruleIndexes, int artifact, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        if (ruleIndexes.TryGetValue(finding.RuleId, out var ruleIndex))
            json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", ReportNames.SarifLevel(finding.Severity));
        SarifReportWriter.WriteText("message", finding.Message, json);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(finding.Location, artifact, json);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FindingFingerprints.SarifKey, fingerprint);
        json.WriteEndObject();
        if (finding.Suppressed)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "inSource");
            if (finding.SuppressionReason is { } reason)
                json.WriteString("justification", reason);
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteStartObject("properties");
        json.WriteString("subject", finding.Subject);
        json.WriteString("evidence", finding.Evidence);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteNotifications(string name, IEnumerable<Diagnostic> diagnostics, Utf8JsonWriter json)
    {
        json.WriteStartArray(name);
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteStartObject("descriptor");
            json.WriteString("id", diagnostic.Id);
            json.WriteEndObject();
            json.WriteString("level", ReportNames.SarifLevel(diagnostic.Severity));
            SarifReportWriter.WriteText("message", diagnostic.Message, json);
            if (diagnostic.Location is not null || diagnostic.Path is not null)
            {
                json.WriteStartArray("locations");
                json.WriteStartObject();
                if (diagnostic.Location is { } location)
                {
                    WritePhysicalLocation(location, artifact: null, json);
                }
                else
                {
                    json.WriteStartObject("physicalLocation");
                    json.WriteStartObject("artifactLocation");
                    json.WriteString("uri", SarifUris.Of(diagnostic.Path!));
                    json.WriteEndObject();
                    json.WriteEndObject();
                }
                json.WriteEndObject();
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>Lines and columns are 1-based; the end column is the one after the last character, as SARIF counts it.</summary>
    private static void WritePhysicalLocation(TextLocation location, int? artifact, Utf8JsonWriter json)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", SarifUris.Of(location.Path));
        if (artifact is { } index)
            json.WriteNumber("index", index);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", location.Start.Line + 1);
        json.WriteNumber("startColumn", location.Start.Character + 1);
        json.WriteNumber("endLine", location.End.Line + 1);
        json.WriteNumber("endColumn", location.End.Character + 1);
        json.WriteNumber("charOffset", location.Span.Start);
        json.WriteNumber("charLength", location.Span.Length);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
