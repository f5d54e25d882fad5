using System.Text.RegularExpressions;
using ClaimCheck.Loading;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Robustness;

/// <summary>Mutated rule files (from the bundled packs and the docs' examples) never throw, never hang, and every diagnostic lies inside its file.</summary>
public class RuleFileFuzzTests
{
    private static readonly Lazy<string[]> Corpus = new(() =>
    {
        var packs = BundledRules.Names.Select(n => BundledRules.Open(n)!.Text);
        var doc = File.ReadAllText(RepoPaths.Of("docs", "rule-language.md"));
        var examples = Regex.Matches(doc, @"```rules\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value);
        return packs.Concat(examples).ToArray();
    });

    [Test]
    public void MutatedRuleFiles_NeverThrow_AndDiagnosticsStayInsideTheFile()
    {
        var cases = FuzzSettings.Cases(400);
        var diagnosticsSeen = 0;
        for (var seed = 0; seed < cases; seed++)
        {
            var original = Corpus.Value[seed % Corpus.Value.Length];
            var mutated = Mutator.Mutate(original, seed);
            FuzzSettings.WithinDeadline(() =>
            {
                var ruleSet = RuleSet.FromText(mutated, "fuzz.rules");
                foreach (var diagnostic in ruleSet.Diagnostics.Where(d => d.DisplayPath == "fuzz.rules"))
                {
                    Interlocked.Increment(ref diagnosticsSeen);
                    var span = diagnostic.Location!.Span;
                    Assert.That(span.Start >= 0 && span.End <= mutated.Length, Is.True, $"seed {seed}: {diagnostic} is outside the file");
                    Assert.That(ClaimCheck.Diagnostics.DiagnosticFormatter.Format(diagnostic), Is.Not.Empty);
                }
            }, seed, TimeSpan.FromSeconds(10));
        }
        TestContext.Out.WriteLine($"{cases} mutated rule files, {diagnosticsSeen} diagnostics.");
        Assert.That(diagnosticsSeen, Is.GreaterThan(cases / 4), "the mutations should break most files");
    }

    [Test]
    public void RandomBytes_AsARuleFile_NeverThrow()
    {
        var cases = FuzzSettings.Cases(200);
        for (var seed = 0; seed < cases; seed++)
        {
            var random = new Random(seed);
            var chars = new char[random.Next(0, 400)];
            for (var i = 0; i < chars.Length; i++)
                chars[i] = (char)random.Next(0, 0x3000);
            var text = new string(chars);
            FuzzSettings.WithinDeadline(() => RuleSet.FromText(text, "fuzz.rules"), seed, TimeSpan.FromSeconds(10));
        }
    }
}
