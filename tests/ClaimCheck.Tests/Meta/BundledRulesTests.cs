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
