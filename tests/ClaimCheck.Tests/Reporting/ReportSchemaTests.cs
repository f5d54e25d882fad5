using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimCheck.Tests.Support;
using Json.Schema;

namespace ClaimCheck.Tests.Reporting;

public class ReportSchemaTests
{
    private static readonly Lazy<JsonSchema> ReportSchema = ReportSchemas.Report;
    private static readonly Lazy<JsonSchema> ArticleSchema = ReportSchemas.Article;

    [Test]
    public void JsonReport_OfTheExamples_ValidatesAgainstTheSchema()
    {
        var schema = ReportSchema.Value;
        var result = CliRunner.RunInRepo("check", "examples", "--format", "json");

        var evaluation = schema.Evaluate(JsonDocument.Parse(result.Output).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.That(evaluation.IsValid, Is.True, string.Join("\n", (evaluation.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Test]
    public void JsonReport_WithUnreadableInput_ValidatesAgainstTheSchema()
    {
        var schema = ReportSchema.Value;
        var result = CliRunner.RunInRepo("check", "examples/damascus.json", "examples/missing.json", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        var report = JsonNode.Parse(result.Output)!;
        Assert.That(schema.Evaluate(JsonDocument.Parse(result.Output).RootElement).IsValid, Is.True);
        Assert.That((string?)report["diagnostics"]![0]!["id"], Is.EqualTo("CC9001"));
    }

    [Test]
    public void JsonReport_WithRegistryAndAnAmbiguousLink_ValidatesAgainstTheSchema()
    {
        using var folder = new TempFolder();
        folder.Copy("examples/damascus.json");
        folder.Copy("examples/damascus.txt");
        folder.Copy("examples/registry.yaml");
        folder.Write("twin.registry.yaml", "people:\n  - id: putin-twin\n    name: Vladimir Putin\n");

        var result = CliRunner.Run(folder.Path, "check", "damascus.json", "--registry", "registry.yaml", "--registry", "twin.registry.yaml", "--format", "json");

        var report = JsonNode.Parse(result.Output)!;
        Assert.That(ReportSchema.Value.Evaluate(JsonDocument.Parse(result.Output).RootElement).IsValid, Is.True);
        Assert.That(report["articles"]![0]!["diagnostics"]!.AsArray().Select(d => (string?)d!["id"]), Is.EqualTo(new[] { "CC5040" }));
        Assert.That(report["articles"]![0]!["findings"]!.AsArray().Select(f => (string?)f!["rule"]), Does.Contain("REG001"));
    }

    [Test]
    public void ArticleSchema_ValidatesTheExampleModels()
    {
        var schema = ArticleSchema.Value;

        foreach (var example in new[] { "damascus.json", "port-strike.json" })
        {
            var evaluation = schema.Evaluate(JsonDocument.Parse(File.ReadAllText(RepoPaths.Of("examples", example))).RootElement);
            Assert.That(evaluation.IsValid, Is.True, example);
        }
    }
}
