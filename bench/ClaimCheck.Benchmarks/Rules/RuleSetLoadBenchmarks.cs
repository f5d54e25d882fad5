using BenchmarkDotNet.Attributes;

namespace ClaimCheck.Benchmarks.Rules;

/// <summary>
/// RuleSet.Load of the bundled packs, repeated in one process: after the first call both
/// per-process caches are warm (the parsed bundled trees in RuleSetLoader and the built regexes
/// in RegexFactory), so this is reading the embedded files, binding and compiling the rules.
/// RuleSetColdLoadBenchmarks measures the first call of a fresh process, which a CLI run pays.
/// </summary>
[Config(typeof(SuiteConfig))]
public class RuleSetLoadBenchmarks
{
    [Benchmark]
    public int LoadBundledWarm() => RuleSet.Load([]).Rules.Length;

    /// <summary>The same text, but as an editor's in-memory file: its tree is not cached (the prelude's still is).</summary>
    [Benchmark]
    public int FromTextUncachedTree() => RuleSet.FromText(AttributionText).Rules.Length;

    private static readonly string AttributionText = ClaimCheck.Loading.BundledRules.Open("attribution.rules")!.Text;
}
