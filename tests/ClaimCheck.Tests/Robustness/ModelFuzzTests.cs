using System.Text;
using ClaimCheck.Model.Loading;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Robustness;

/// <summary>Mutated article models either load or get located diagnostics; a loaded one can always be checked.</summary>
public class ModelFuzzTests
{
    [TestCase("examples/damascus.json", ModelFormat.Json)]
    [TestCase("examples/port-strike.json", ModelFormat.Json)]
    [TestCase("examples/port-strike.json", ModelFormat.Yaml)]
    public void MutatedModels_LoadOrReportAndNeverThrow(string example, ModelFormat format)
    {
        var json = File.ReadAllText(RepoPaths.Of(example));
        var original = format == ModelFormat.Yaml ? ClaimCheck.Model.Serialization.ArticleYaml.FromJson(json) : json;
        var ruleSet = RuleSet.Load([]);
        var cases = FuzzSettings.Cases(150);
        int loaded = 0, refused = 0;
        for (var seed = 0; seed < cases; seed++)
        {
            var mutated = Mutator.Mutate(original, seed);
            FuzzSettings.WithinDeadline(() =>
            {
                var result = ArticleLoader.Parse(mutated, format == ModelFormat.Yaml ? "fuzz.yaml" : "fuzz.json", format);
                if (result.Document is { } document)
                {
                    Interlocked.Increment(ref loaded);
                    ruleSet.Check(document);
                }
                else
                {
                    Interlocked.Increment(ref refused);
                    Assert.That(result.Diagnostics, Is.Not.Empty, $"seed {seed}: refused without a diagnostic");
                    Assert.That(result.Diagnostics.All(d => d.Location is null || d.Location.Span.End <= mutated.Length), Is.True, $"seed {seed}");
                }
            }, seed, TimeSpan.FromSeconds(10));
        }
        TestContext.Out.WriteLine($"{example}: {cases} mutations, {loaded} loaded, {refused} refused with diagnostics.");
        Assert.That(refused, Is.GreaterThan(0));
    }

    [Test]
    public void RandomBytes_AsAModel_AreRefusedWithADiagnostic()
    {
        for (var seed = 0; seed < FuzzSettings.Cases(100); seed++)
        {
            var random = new Random(seed);
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            var text = Encoding.UTF8.GetString(bytes);
            var result = ArticleLoader.Parse(text, "junk.json", ModelFormat.Json);
            var yaml = ArticleLoader.Parse(text, "junk.yaml", ModelFormat.Yaml);
            Assert.That(result.Document is null ? result.Diagnostics.Length > 0 : true, Is.True, $"seed {seed}");
            Assert.That(yaml.Document is null ? yaml.Diagnostics.Length > 0 : true, Is.True, $"seed {seed}");
        }
    }
}
