using BenchmarkDotNet.Attributes;
using ClaimCheck.Model;
using ClaimCheck.Registry;

namespace ClaimCheck.Benchmarks.Checking;

/// <summary>
/// RuleSet.Check of the seed model with every bundled rule: without a registry (a plain
/// 'claimcheck check'), and with the examples' registry (--registry), which links the article's
/// entities to it first. The rule set and the model are built once, before measuring.
/// </summary>
[Config(typeof(SuiteConfig))]
public class CheckAllRulesBenchmarks
{
    private RuleSet _rules = null!;
    private ArticleDocument _document = null!;
    private ReferenceRegistry _registry = null!;

    [GlobalSetup]
    public void Setup()
    {
        _rules = RuleSet.Load([]);
        _document = SeedModel.Document();
        _registry = SeedModel.Registry();
    }

    [Benchmark(Baseline = true)]
    public int CheckSeed() => _rules.Check(_document).Findings.Length;

    [Benchmark]
    public int CheckSeedWithRegistry() => _rules.Check(_document, _registry).Findings.Length;
}
