using System.Text.RegularExpressions;
using ClaimCheck.Diagnostics;
using ClaimCheck.Model.Loading;
using ClaimCheck.Model.Serialization;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// The loader reads well-formed models on a fast path and explains the others with the shape
/// check; a user must never see a difference. Every mutated model gets the same verdict, the
/// same diagnostics and the same article both ways.
/// </summary>
public class StrictModelReaderTests
{
    [TestCase("examples/damascus.json")]
    [TestCase("examples/port-strike.json")]
    [TestCase("examples/flood-relief.json")]
    public void MutatedModels_GetTheSameResultOnBothPaths(string example)
    {
        var original = File.ReadAllText(RepoPaths.Of(example));
        var cases = FuzzSettings.Cases(300);
        var loaded = 0;
        for (var seed = 0; seed < cases; seed++)
            loaded += SamePaths(Mutator.Mutate(original, seed), $"seed {seed}") ? 1 : 0;
        TestContext.Out.WriteLine($"{example}: {cases} mutations, {loaded} loaded on both paths.");
        Assert.That(loaded, Is.GreaterThan(0), "some mutations should still load, or the fast path is never compared");
    }

    // Values the serializer would take but the shape check refuses, or the other way round.
    [TestCase("\"form\": \"indirect\"", "\"form\": \"Indirect\"")]
    [TestCase("\"form\": \"indirect\"", "\"form\": \"INDIRECT\"")]
    [TestCase("\"form\": \"indirect\"", "\"form\": 0")]
    [TestCase("\"form\": \"indirect\"", "\"form\": \"indirect, mixed\"")]
    [TestCase("\"form\": \"indirect\"", "\"form\": null")]
    [TestCase("\"id\": \"s1\"", "\"id\": \"\"")]
    [TestCase("\"id\": \"s1\"", "\"id\": null")]
    [TestCase("\"id\": \"s1\",", "")]
    [TestCase("\"id\": \"s1\"", "\"id\": \"s1\", \"id\": \"s1\"")]
    [TestCase("\"id\": \"s1\"", "\"id\": \"s1\", \"Id\": \"s9\"")]
    [TestCase("\"id\": \"s1\"", "\"id\": \"s1\", \"$schema\": \"x\"")]
    [TestCase("\"start\": 0", "\"start\": -1")]
    [TestCase("\"start\": 0", "\"start\": 0, \"start\": 0")]
    [TestCase("\"start\": 0", "\"start\": 0.0")]
    [TestCase("\"start\": 0", "\"start\": \"0\"")]
    [TestCase("\"index\": 0", "\"index\": -3")]
    [TestCase("\"index\": 0", "\"index\": 1e0")]
    [TestCase("\"kind\": \"statement\"", "\"kind\": \"Statement\"")]
    [TestCase("\"kind\": \"statement\"", "\"kind\": \"\"")]
    [TestCase("\"kind\": \"person\"", "\"kind\": \"Person\"")]
    [TestCase("\"language\": \"en\"", "\"published\": \"2025-04-14\", \"language\": \"en\"")]
    [TestCase("\"language\": \"en\"", "\"published\": \"2025-4-14\", \"language\": \"en\"")]
    [TestCase("\"language\": \"en\"", "\"published\": \"2025-04-14T00:00:00\", \"language\": \"en\"")]
    [TestCase("\"language\": \"en\"", "\"published\": null, \"language\": \"en\"")]
    [TestCase("\"language\": \"en\"", "\"language\": null")]
    [TestCase("\"statements\": [", "\"statements\": [null, ")]
    [TestCase("\"statements\": [", "\"statements\": null, \"x\": [")]
    [TestCase("\"quotes\": [", "\"quotes\": [null, ")]
    [TestCase("\"entities\": [", "\"entities\": {}, \"x\": [")]
    [TestCase("{", "{\"$schema\": \"https://example.org/article.schema.json\",")]
    [TestCase("{", "{\"$schema\": 3,")]
    [TestCase("{", "// a comment\n{")]
    public void EdgeCases_GetTheSameResultOnBothPaths(string find, string replace)
    {
        var original = File.ReadAllText(RepoPaths.Of("examples/damascus.json"));
        Assert.That(original, Does.Contain(find), "the edit must apply to the example");
        var edited = new Regex(Regex.Escape(find)).Replace(original, replace.Replace("$", "$$"), 1);
        SamePaths(edited, $"{find} -> {replace}");
    }

    [Test]
    public void TheExamples_LoadOnTheFastPath()
    {
        foreach (var path in Directory.GetFiles(RepoPaths.Of("examples"), "*.json"))
            Assert.That(StrictModelReader.TryRead(File.ReadAllBytes(path)), Is.Not.Null, path);
    }

    /// <returns>Whether the model loaded.</returns>
    private static bool SamePaths(string model, string what)
    {
        var fast = ArticleLoader.Parse(model, "fuzz.json", ModelFormat.Json, fastPath: true);
        var slow = ArticleLoader.Parse(model, "fuzz.json", ModelFormat.Json, fastPath: false);
        Assert.That(Lines(fast.Diagnostics), Is.EqualTo(Lines(slow.Diagnostics)), what);
        Assert.That(fast.Document is null, Is.EqualTo(slow.Document is null), what);
        if (fast.Document is null || slow.Document is null)
            return false;
        Assert.That(ArticleJson.Serialize(fast.Document.Article), Is.EqualTo(ArticleJson.Serialize(slow.Document.Article)), what);
        return true;
    }

    private static string[] Lines(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(d => d.ToString()).ToArray();
}
