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
