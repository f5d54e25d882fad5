using Json.Schema;

namespace ClaimCheck.Tests.Support;

/// <summary>The project's published schemas, each loaded once: JsonSchema.Net registers a schema under its $id once per process.</summary>
internal static class ReportSchemas
{
    public static readonly Lazy<JsonSchema> Report = new(() => Load("report.schema.json"));

    public static readonly Lazy<JsonSchema> Article = new(() => Load("article.schema.json"));

    /// <summary>Refers to the report schema's <c>article</c> definition, so that one is registered first.</summary>
    public static readonly Lazy<JsonSchema> ReportLine = new(() =>
    {
        _ = Report.Value;
        return Load("report-line.schema.json");
    });

    private static JsonSchema Load(string name) => JsonSchema.FromText(File.ReadAllText(RepoPaths.Of("schemas", name)));
}
