using ClaimCheck.Diagnostics;
using ClaimCheck.Loading;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Meta;

public class BundledRulesTests
{
    [Test]
    public void BundledPacks_ParseAndBindWithoutDiagnostics()
    {
        var ruleSet = RuleSet.Load([RuleSet.BundledToken]);

        Assert.That(ruleSet.Diagnostics, Is.Empty, string.Join("\n", ruleSet.Diagnostics.Select(DiagnosticFormatter.Format)));
    }

    /// <summary>Bundled phrases are bound only when a rule uses them, so each is bound here, eagerly, as a user's would be.</summary>
    [Test]
    public void EveryBundledPhrase_BindsWithoutDiagnostics_EvenOnesNoRuleUses()
    {
        var trees = BundledRules.Names.Select(n => BundledRules.Open(n)!).Select(f => ClaimCheck.Syntax.SyntaxTree.Parse(f.Text, f.DisplayPath)).ToList();
        Assert.That(trees.All(t => !t.Bundled), "parsed as a user's files, so every phrase is bound at once");

        var (_, diagnostics, phrases) = ClaimCheck.Binding.Binder.Bind(trees);

        Assert.That(diagnostics, Is.Empty, string.Join("\n", diagnostics.Select(DiagnosticFormatter.Format)));
        Assert.That(phrases, Has.Count.GreaterThan(50));
        Assert.That(phrases.Where(p => p.HasErrors).Select(p => p.Text), Is.Empty);
    }

    [Test]
    public void BundledPacks_AreTheFilesInRulesFolder()
    {
        var onDisk = Directory.GetFiles(RepoPaths.Of("rules"), "*.rules").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.That(BundledRules.Names, Is.EqualTo(onDisk));
    }

    [Test]
    public void BundledPacks_HaveAtLeastFifteenRules_EachWithTitleHelpAndTags()
    {
        var ruleSet = RuleSet.Load([RuleSet.BundledToken]);

        Assert.That(ruleSet.Rules.Length, Is.GreaterThanOrEqualTo(15));
        foreach (var rule in ruleSet.Rules)
        {
            Assert.That(rule.Title, Is.Not.EqualTo(rule.Id), $"{rule.Id} needs a title");
            Assert.That(rule.Help, Is.Not.Null.And.Not.Empty, $"{rule.Id} needs help text");
            Assert.That(rule.Tags, Is.Not.Empty, $"{rule.Id} needs tags");
        }
    }

    [Test]
    public void BundledPacks_LoadedFromDiskMatchTheEmbeddedOnes()
    {
        var fromDisk = RuleSet.Load([RepoPaths.Of("rules")]);

        Assert.That(fromDisk.Diagnostics, Is.Empty);
        Assert.That(fromDisk.Rules.Select(r => r.Id), Is.EqualTo(RuleSet.Load([]).Rules.Select(r => r.Id)));
    }
}
