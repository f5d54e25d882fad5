using BenchmarkDotNet.Attributes;
using ClaimCheck.Benchmarks.Inputs;
using ClaimCheck.Configuration;
using ClaimCheck.Model;
using ClaimCheck.Registry;

namespace ClaimCheck.Benchmarks.Checking;

/// <summary>
/// RuleSet.Check of the seed model by a rule set holding one bundled rule: the bundled packs
/// loaded, then every rule turned off but the one measured (RuleSet.WithSeverities). The REG
/// rules need a registry (without one they have no subjects), so they alone are checked with the
/// examples' registry; Check then links the article to it on every call, which costs far more
/// than a rule. The two floors, with no rule at all, show what to subtract: "(none)" and
/// "(none)+registry" (the linking).
/// </summary>
[Config(typeof(SuiteConfig))]
public class CheckPerRuleBenchmarks
{
    public const string NoRule = "(none)";
    public const string NoRuleWithRegistry = "(none)+registry";

    private RuleSet _rules = null!;
    private ArticleDocument _document = null!;
    private ReferenceRegistry? _registry;

    [ParamsSource(nameof(RuleIds))]
    public string Rule { get; set; } = NoRule;

    public static IEnumerable<string> RuleIds() => [NoRule, NoRuleWithRegistry, .. BundledPacks.RuleIds()];

    private bool None => Rule is NoRule or NoRuleWithRegistry;

    private bool NeedsRegistry => Rule == NoRuleWithRegistry || Rule.StartsWith("REG", StringComparison.Ordinal);

    [GlobalSetup]
    public void Setup()
    {
        var all = RuleSet.Load([]);
        SeverityOverride[] overrides = None
            ? [new("*", null)]
            : [new("*", null), new(Rule, all.Find(Rule)!.Severity)];
        _rules = all.WithSeverities(overrides);
        if (_rules.Rules.Length != (None ? 0 : 1))
            throw new InvalidOperationException($"the rule set for {Rule} holds {_rules.Rules.Length} rules");
        _document = SeedModel.Document();
        _registry = NeedsRegistry ? SeedModel.Registry() : null;
    }

    [Benchmark]
    public int Check() => _rules.Check(_document, _registry).Findings.Length;
}
