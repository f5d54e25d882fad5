using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Predicates;

/// <summary>
/// The compiler is loaded only to compile C# blocks. ClaimCheck runs here in a load context of
/// its own, which records every assembly it asks for, so other tests that loaded Roslyn into
/// this process do not hide a dependency.
/// </summary>
public class RoslynLoadingTests
{
    private sealed class ProbeContext() : AssemblyLoadContext("claimcheck-probe", isCollectible: true)
    {
        public List<string> Requested { get; } = [];

        protected override Assembly? Load(AssemblyName name)
        {
            lock (Requested)
                Requested.Add(name.Name!);
            return null;
        }

        public bool AskedForRoslyn => Requested.Any(n => n.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    private static (bool AskedForRoslyn, int Findings) CheckInProbe(string? rules, string cache)
    {
        var probe = new ProbeContext();
        try
        {
            var claimCheck = probe.LoadFromAssemblyPath(typeof(RuleSet).Assembly.Location);
            var ruleSetType = claimCheck.GetType("ClaimCheck.RuleSet", throwOnError: true)!;
            var optionsType = claimCheck.GetType("ClaimCheck.RuleSetOptions", throwOnError: true)!;
            var options = Activator.CreateInstance(optionsType)!;
            optionsType.GetProperty("CacheDirectory")!.SetValue(options, cache);
            var ruleSet = rules is null
                ? ruleSetType.GetMethod("Load", [typeof(IEnumerable<string>), optionsType])!.Invoke(null, [Array.Empty<string>(), options])
                : ruleSetType.GetMethod("FromText", [typeof(string), optionsType, typeof(string)])!.Invoke(null, [rules, options, "probe.rules"]);
            var loader = claimCheck.GetType("ClaimCheck.Model.Loading.ArticleLoader", throwOnError: true)!;
            var loaded = loader.GetMethod("Load", [typeof(string)])!.Invoke(null, [RepoPaths.Of("examples", "damascus.json")])!;
            var document = loaded.GetType().GetProperty("Document")!.GetValue(loaded);
            var documentType = claimCheck.GetType("ClaimCheck.Model.ArticleDocument", throwOnError: true)!;
            var result = ruleSetType.GetMethod("Check", [documentType])!.Invoke(ruleSet, [document])!;
            var findings = ((ICollection)result.GetType().GetProperty("Findings")!.GetValue(result)!).Count;
            return (probe.AskedForRoslyn, findings);
        }
        finally
        {
            probe.Unload();
        }
    }

    [Test]
    public void Roslyn_IsNotLoaded_WhenCheckingWithTheBundledRules()
    {
        using var cache = new TempFolder();

        var (askedForRoslyn, findings) = CheckInProbe(null, cache.Path);

        Assert.That(findings, Is.GreaterThan(0), "the bundled rules ran");
        Assert.That(askedForRoslyn, Is.False);
    }

    [Test]
    public void Roslyn_IsLoadedForACold_ButNotForAWarmStart()
    {
        using var cache = new TempFolder();
        const string rules = "rule Q1\n  for each quote q\n  where csharp { q.Text.Length > 10 }\n  report \"Quote.\"\n";

        var cold = CheckInProbe(rules, cache.Path);
        var warm = CheckInProbe(rules, cache.Path);

        Assert.That(cold.AskedForRoslyn, Is.True, "a cache miss compiles");
        Assert.That(warm.AskedForRoslyn, Is.False, "a warm start compiles nothing");
        Assert.That(warm.Findings, Is.EqualTo(cold.Findings).And.GreaterThan(0));
    }
}
