using ClaimCheck.Loading;

namespace ClaimCheck.Benchmarks.Inputs;

/// <summary>The rule packs embedded in ClaimCheck (rules/*.rules), read as a user's 'check' would.</summary>
public static class BundledPacks
{
    /// <summary>Every bundled file, prelude included, in the order <see cref="BundledRules.Names"/> gives.</summary>
    public static IReadOnlyList<RuleFile> Files() => BundledRules.Names.Select(n => BundledRules.Open(n)!).ToArray();

    /// <summary>The IDs of the rules the bundled packs define (a rule set with no paths loads them all).</summary>
    public static IReadOnlyList<string> RuleIds() => RuleSet.Load([]).Rules.Select(r => r.Id).ToArray();
}
