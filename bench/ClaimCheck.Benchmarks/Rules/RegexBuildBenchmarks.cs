using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using ClaimCheck.Benchmarks.Inputs;
using ClaimCheck.Loading;
using ClaimCheck.Syntax.Expressions;

namespace ClaimCheck.Benchmarks.Rules;

/// <summary>
/// What a cold RegexFactory pays: building every distinct regex literal of the bundled packs
/// anew, with the options RegexFactory uses (NonBacktracking, culture-invariant, the literal's
/// flags). RegexFactory caches per process and cannot be emptied, so the construction is
/// repeated here rather than through it; keep the options in step with Binding/RegexFactory.cs.
/// </summary>
[Config(typeof(SuiteConfig))]
public class RegexBuildBenchmarks
{
    private IReadOnlyList<RegexSyntax> _literals = [];

    [GlobalSetup]
    public void Setup() => _literals = RuleSetColdLoadBenchmarks.Distinct(RuleSetLoader.Load(BundledPacks.Files()).Trees);

    [Benchmark]
    public int BuildAll()
    {
        var built = 0;
        foreach (var literal in _literals)
        {
            var regex = Build(literal);
            built += regex.Options == RegexOptions.None ? 0 : 1;
        }
        return built;
    }

    /// <summary>Builds and runs each once on a short sentence, since NonBacktracking builds part of its automaton lazily, on first match.</summary>
    [Benchmark]
    public int BuildAndMatchOnce()
    {
        var matched = 0;
        foreach (var literal in _literals)
        {
            var regex = Build(literal);
            matched += regex.IsMatch("The ministry's spokesperson said on Tuesday that talks would resume.") ? 1 : 0;
        }
        return matched;
    }

    public static Regex Build(RegexSyntax literal) => new(literal.Pattern, OptionsOf(literal.Flags), TimeSpan.FromSeconds(1));

    private static RegexOptions OptionsOf(string flags)
    {
        var options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
        foreach (var flag in flags)
        {
            options |= flag switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                _ => RegexOptions.None,
            };
        }
        return options;
    }
}
