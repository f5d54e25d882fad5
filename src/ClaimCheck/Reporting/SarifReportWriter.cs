using System.Reflection;
using System.Text;
using System.Text.Json;
using ClaimCheck.Binding.Bound;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Reporting;

/// <summary>
/// SARIF 2.1.0 for code-scanning tools: one run, the rules as <c>tool.driver.rules</c>, one result
/// per finding (suppressed ones carry <c>suppressions</c>), the checked files as <c>artifacts</c>,
/// and unreadable inputs, failed rules and rule-file warnings as notifications of the invocation.
/// No timestamps, so the same input gives the same bytes.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public void Write(ComplianceReport report, TextWriter output)
    {
        JsonText.Write(output, indented: true, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(report, json);
            SarifResultWriter.WriteInvocation(report, json);
            var artifacts = SarifResultWriter.WriteArtifacts(report, json);
            SarifResultWriter.WriteResults(report, artifacts, json);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>The tool's version without the source-revision suffix the SDK may append, so reports do not change with each commit.</summary>
    internal static string ToolVersion
    {
        get
        {
            var assembly = typeof(SarifReportWriter).Assembly;
            var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                          ?? assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            var plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? version : version[..plus];
        }
    }

    private static void WriteTool(ComplianceReport report, Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "ClaimCheck");
        json.WriteString("version", ToolVersion);
        json.WriteString("semanticVersion", ToolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in report.Rules)
            WriteRule(rule, json);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRule(BoundRule rule, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", PascalName(rule.Title, rule.Id));
        WriteText("shortDescription", rule.Title, json);
        WriteText("fullDescription", rule.PolicySentence ?? rule.Title, json);
        if (rule.Help is { } help)
            WriteText("help", help, json);
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", ReportNames.SarifLevel(rule.Severity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        foreach (var tag in rule.Tags)
            json.WriteStringValue(tag);
        json.WriteEndArray();
        json.WriteString("subject", rule.Subject.Name);
        json.WriteString("definedAt", $"{rule.Location.Path}{rule.Location.Start}");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    internal static void WriteText(string name, string text, Utf8JsonWriter json)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>SARIF's rule <c>name</c> is an identifier: "Sources are named" becomes "SourcesAreNamed".</summary>
    internal static string PascalName(string title, string fallback)
    {
        var builder = new StringBuilder();
        var upper = true;
        foreach (var c in title)
        {
            if (!char.IsLetterOrDigit(c))
            {
                // An apostrophe inside a word ("Officials' words") does not start a new word.
                upper = c != '\'' && c != '’' || upper;
                continue;
            }
            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        return builder.Length == 0 ? fallback : builder.ToString();
    }
}
