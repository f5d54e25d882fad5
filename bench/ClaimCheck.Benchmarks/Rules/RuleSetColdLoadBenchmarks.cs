using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using ClaimCheck.Benchmarks.Inputs;
using ClaimCheck.Loading;
using ClaimCheck.Syntax;
using ClaimCheck.Syntax.Expressions;
using ClaimCheck.Text;

namespace ClaimCheck.Benchmarks.Rules;

/// <summary>
/// RuleSet.Load of the bundled packs as a 'claimcheck check' process does it: once, first thing.
/// Each launch is a fresh process with one measured call and no warm-up, so nothing is cached
/// (no parsed tree, no built regex) and no code is compiled by the JIT yet: the figure includes
/// JIT time, which is what a user waits for. The two parts beside it, each also first in a fresh
/// process, show where that time goes: parsing the bundled files, and building their regexes.
/// </summary>
[Config(typeof(ColdConfig))]
public class RuleSetColdLoadBenchmarks
{
    private IReadOnlyList<RuleFile> _files = [];
    private IReadOnlyList<RegexSyntax> _literals = [];

    [GlobalSetup(Target = nameof(ParseBundledCold))]
    public void SetupParse() => _files = BundledPacks.Files();

    // Parsing here JITs the parser, not the regex engine, which is what BuildRegexesCold measures.
    [GlobalSetup(Target = nameof(BuildRegexesCold))]
    public void SetupRegexes() => _literals = Distinct(BundledPacks.Files().Select(f => SyntaxTree.Parse(f.Text, f.DisplayPath)));

    /// <summary>The distinct regex literals (<c>/pattern/flags</c>) of parsed rule files, as the library finds them to build ahead of binding.</summary>
    internal static IReadOnlyList<RegexSyntax> Distinct(IEnumerable<SyntaxTree> trees) =>
        trees.SelectMany(ClaimCheck.Syntax.RegexLiterals.In).DistinctBy(r => (r.Pattern, r.Flags)).ToList();

    [Benchmark(Baseline = true)]
    public int LoadBundledCold() => RuleSet.Load([]).Rules.Length;

    [Benchmark]
    public int ParseBundledCold()
    {
        var members = 0;
        foreach (var file in _files)
            members += RuleFileParser.Parse(SourceText.From(file.Text, file.DisplayPath)).Members.Length;
        return members;
    }

    [Benchmark]
    public int BuildRegexesCold()
    {
        var built = 0;
        foreach (var literal in _literals)
            built += RegexBuildBenchmarks.Build(literal).Options == System.Text.RegularExpressions.RegexOptions.None ? 0 : 1;
        return built;
    }

    /// <summary>One measured call per process, several processes; the suite's job is not used (AlwaysUseLocal).</summary>
    public sealed class ColdConfig : ManualConfig
    {
        public ColdConfig()
        {
            UnionRule = ConfigUnionRule.AlwaysUseLocal;
            Add(DefaultConfig.Instance); // loggers, exporters, columns: AlwaysUseLocal drops the global ones
            // No MemoryDiagnoser: it measures in a run of its own, which would not be the cold call.
            AddJob(Job.Default.WithId("ColdStart")
                .WithStrategy(RunStrategy.ColdStart)
                .WithLaunchCount(SuiteConfig.Quick ? 3 : 10)
                .WithWarmupCount(0)
                .WithIterationCount(1)
                .WithInvocationCount(1)
                .WithUnrollFactor(1));
        }
    }
}
