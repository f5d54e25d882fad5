using BenchmarkDotNet.Attributes;
using ClaimCheck.Benchmarks.Inputs;
using ClaimCheck.Configuration;
using ClaimCheck.Model;
using ClaimCheck.Registry;

namespace ClaimCheck.Benchmarks.Checking;

/// <summary>
/// RuleSet.Check of the seed model (with the examples' registry) by a rule set holding one
/// bundled rule: the bundled packs loaded, then every rule turned off but the one measured
/// (RuleSet.WithSeverities). "(none)" turns every rule off: the cost of checking with no rule
/// at all (the article's index, the result), which every other case includes.
/// </summary>
[Config(typeof(SuiteConfig))]
public class CheckPerRuleBenchmarks
{
    public const string NoRule = "(none)";

    private RuleSet _rules = null!;
    private ArticleDocument _document = null!;
    private ReferenceRegistry _registry = null!;

    [ParamsSource(nameof(RuleIds))]
    public string Rule { get; set; } = NoRule;

    public static IEnumerable<string> RuleIds() => [NoRule, .. BundledPacks.RuleIds()];

    [GlobalSetup]
    public void Setup()
    {
        var all = RuleSet.Load([]);
        SeverityOverride[] overrides = Rule == NoRule
            ? [new("*", null)]
            : [new("*", null), new(Rule, all.Find(Rule)!.Severity)];
        _rules = all.WithSeverities(overrides);
        if (_rules.Rules.Length != (Rule == NoRule ? 0 : 1))
            throw new InvalidOperationException($"the rule set for {Rule} holds {_rules.Rules.Length} rules");
        _document = SeedModel.Document();
        _registry = SeedModel.Registry();
    }

    [Benchmark]
    public int Check() => _rules.Check(_document, _registry).Findings.Length;
}
