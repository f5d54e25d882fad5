using BenchmarkDotNet.Attributes;
using ClaimCheck.Benchmarks.Inputs;
using ClaimCheck.Binding;
using ClaimCheck.Loading;
using ClaimCheck.Syntax;

namespace ClaimCheck.Benchmarks.Rules;

/// <summary>
/// Binding alone, of the bundled packs' trees parsed once in setup (as RuleSetLoader.Load gives
/// them: prelude first). RegexFactory's per-process cache is warm after the first invocation,
/// so this is binding without building any regex; RegexBuildBenchmarks measures that part.
/// </summary>
[Config(typeof(SuiteConfig))]
public class RuleBindBenchmarks
{
    private IReadOnlyList<SyntaxTree> _trees = [];

    [GlobalSetup]
    public void Setup() => _trees = RuleSetLoader.Load(BundledPacks.Files()).Trees;

    [Benchmark]
    public int Bind() => Binder.Bind(_trees).Rules.Length;
}
