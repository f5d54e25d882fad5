using BenchmarkDotNet.Attributes;
using ClaimCheck.Benchmarks.Inputs;
using ClaimCheck.Loading;
using ClaimCheck.Syntax;
using ClaimCheck.Text;

namespace ClaimCheck.Benchmarks.Rules;

/// <summary>
/// Parsing alone: RuleFileParser on each bundled file's text, straight, so the loader's cache of
/// parsed bundled packs (RuleSetLoader.BundledTrees) is not involved. No regex is built here.
/// </summary>
[Config(typeof(SuiteConfig))]
public class RuleParseBenchmarks
{
    private IReadOnlyList<RuleFile> _files = [];

    /// <summary>One bundled file, or "all" for every one of them in turn.</summary>
    [ParamsSource(nameof(Packs))]
    public string Pack { get; set; } = "all";

    public static IEnumerable<string> Packs() => ["all", .. BundledRules.Names];

    [GlobalSetup]
    public void Setup() => _files = BundledPacks.Files().Where(f => Pack == "all" || f.DisplayPath == BundledRules.Prefix + Pack).ToArray();

    [Benchmark]
    public int Parse()
    {
        var members = 0;
        foreach (var file in _files)
            members += RuleFileParser.Parse(SourceText.From(file.Text, file.DisplayPath)).Members.Length;
        return members;
    }
}
