using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ClaimCheck.Tests.Support;

/// <summary>
/// The official SARIF 2.1.0 schema (Data/sarif-schema-2.1.0.json, copied unchanged). Every SARIF
/// log a test produces goes through <see cref="AssertValid"/>.
/// </summary>
internal static class SarifSchema
{
    // JsonSchema.Net registers a schema under its $id once per process, so it is loaded once.
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    public static IReadOnlyList<string> Errors(string sarif)
    {
        var evaluation = Schema.Value.Evaluate(JsonDocument.Parse(sarif).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (evaluation.IsValid)
            return [];
        var errors = (evaluation.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
            .ToList();
        return errors.Count > 0 ? errors : ["invalid"];
    }

    public static void AssertValid(string sarif)
    {
        var errors = Errors(sarif);
        Assert.That(errors, Is.Empty, "The SARIF log does not validate:\n" + string.Join("\n", errors.Take(20)));
    }

    /// <summary>
    /// The official file declares draft-04, which JsonSchema.Net does not implement. The keywords it
    /// uses (type, properties, required, items, enum, minimum, pattern, $ref to definitions, ...) mean
    /// the same in draft-07, so it is evaluated as draft-07: "$schema" is swapped, and draft-04's "id"
    /// is dropped (as "$id", JsonSchema.Net 8.0.5 registers the root twice and refuses; every $ref
    /// in the file is a local "#/definitions/..." one, so nothing needs it). A test checks that a
    /// broken log really fails.
    /// </summary>
    private static JsonSchema Load()
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "sarif-schema-2.1.0.json");
        var node = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        node.Remove("id");
        return JsonSchema.FromText(node.ToJsonString());
    }
}
