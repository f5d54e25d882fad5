using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ClaimCheck.Benchmarks.Columns;
using ClaimCheck.Benchmarks.Inputs;
using ClaimCheck.Model.Loading;
using ClaimCheck.Model.Serialization;

namespace ClaimCheck.Benchmarks.Loading;

/// <summary>
/// Loading an article model: ArticleLoader.Parse of JSON text already read (syntax check, shape
/// check, deserializing, span and reference validation, the article's index), and
/// ArticleLoader.Load of the same JSON from a file, as 'claimcheck check' does per article.
/// Inputs: the seed's hand-made model and a generated wire story's model (bench/CorpusGenerator).
/// </summary>
[Config(typeof(Config))]
public class ModelLoadBenchmarks
{
    private string _json = "";
    private string _path = "";

    [Params("damascus.json", "wire.json")]
    public string Model { get; set; } = "damascus.json";

    public static string JsonOf(string model) => model switch
    {
        "damascus.json" => Examples.Read("damascus.json"),
        "wire.json" => ArticleJson.Serialize(CorpusGenerator.WireStory.Generate(1)),
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "no such model"),
    };

    [GlobalSetup]
    public void Setup()
    {
        _json = JsonOf(Model);
        if (ArticleLoader.Parse(_json, Model, ModelFormat.Json) is { HasErrors: true } failed)
            throw new InvalidOperationException($"{Model} does not load: {failed.Diagnostics[0].Message}");
        _path = Path.Combine(Path.GetTempPath(), $"claimcheck-bench-{Environment.ProcessId}-{Model}");
        File.WriteAllText(_path, _json);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Baseline = true)]
    public int Parse() => ArticleLoader.Parse(_json, Model, ModelFormat.Json).Document!.Article.Statements.Count;

    [Benchmark]
    public int LoadFile() => ArticleLoader.Load(_path).Document!.Article.Statements.Count;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            Add(new SuiteConfig());
            var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
            int CharsOf(object model) => sizes.TryGetValue((string)model, out var n) ? n : sizes[(string)model] = JsonOf((string)model).Length;
            AddColumn(new PerKilobyteColumn(nameof(Model), CharsOf, perKilobyte: false), new PerKilobyteColumn(nameof(Model), CharsOf, perKilobyte: true));
        }
    }
}
