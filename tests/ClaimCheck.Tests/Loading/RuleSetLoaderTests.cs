using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Loading;

public class RuleSetLoaderTests
{
    [Test]
    public void Use_LoadsPhrasesAndRulesOfTheOtherFile()
    {
        using var folder = new TempFolder();
        folder.Write("pack/phrases.rules", "phrase quote q \"be long\" means q.words > 40\nrule U1 \"From the used file\"\n  report\n");
        var main = folder.Write("pack/main.rules", "use \"phrases.rules\"\nrule M1: quotes must not be long\n");

        var ruleSet = RuleSet.Load([main]);

        Assert.That(ruleSet.Diagnostics, Is.Empty, string.Join("\n", ruleSet.Diagnostics));
        Assert.That(ruleSet.Rules.Select(r => r.Id), Is.EqualTo(new[] { "M1", "U1" }));
    }

    [Test]
    public void Use_Cycle_LoadsEachFileOnce()
    {
        using var folder = new TempFolder();
        folder.Write("a.rules", "use \"b.rules\"\nrule A1\n  report\n");
        folder.Write("b.rules", "use \"a.rules\"\nrule B1\n  report\n");

        var ruleSet = RuleSet.Load([Path.Combine(folder.Path, "a.rules")]);

        Assert.That(ruleSet.Diagnostics, Is.Empty);
        Assert.That(ruleSet.Rules.Select(r => r.Id), Is.EqualTo(new[] { "A1", "B1" }));
    }

    [Test]
    public void Use_MissingFile_ReportsCC2006AtThePath()
    {
        using var folder = new TempFolder();
        var main = folder.Write("main.rules", "use \"nope.rules\"\n");

        var diagnostic = RuleSet.Load([main]).Diagnostics.Single();

        Assert.That(diagnostic.Id, Is.EqualTo("CC2006"));
        Assert.That(diagnostic.Location!.Start.Character, Is.EqualTo(4));
    }

    [Test]
    public void Use_OutsideThePackFolder_IsRefusedWithCC2016()
    {
        using var folder = new TempFolder();
        folder.Write("secret.rules", "rule S1\n  report\n");
        var main = folder.Write("pack/main.rules", "use \"../secret.rules\"\n");

        var ruleSet = RuleSet.Load([main]);

        Assert.That(ruleSet.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "CC2016" }));
        Assert.That(ruleSet.Rules, Is.Empty);
    }

    [Test]
    public void Use_BundledFile_IsFoundByName()
    {
        using var folder = new TempFolder();
        var main = folder.Write("main.rules", "use \"bundled:prelude.rules\"\nrule M1: statements attributed to a ministry spokesperson must cite a source agency\n");

        Assert.That(RuleSet.Load([main]).Diagnostics, Is.Empty);
    }

    [Test]
    public void Load_MissingRuleFile_ReportsCC9001()
    {
        var ruleSet = RuleSet.Load(["/nonexistent/x.rules"]);

        Assert.That(ruleSet.Diagnostics.Single().Id, Is.EqualTo("CC9001"));
    }

    [Test]
    public void Load_UnreadableRuleFile_ReportsCC9005()
    {
        // /proc/self/mem exists but cannot be read as a file: a reliable unreadable file, even as root.
        Assume.That(File.Exists("/proc/self/mem"), "needs Linux /proc");

        var ruleSet = RuleSet.Load(["/proc/self/mem"]);

        Assert.That(ruleSet.Diagnostics.Single().Id, Is.EqualTo("CC9005"));
    }

    [Test]
    public void Load_Folder_LoadsItsRuleFilesInOrder()
    {
        using var folder = new TempFolder();
        folder.Write("b.rules", "rule B1\n  report\n");
        folder.Write("a/a.rules", "rule A1\n  report\n");

        var ruleSet = RuleSet.Load([folder.Path]);

        Assert.That(ruleSet.Rules.Select(r => r.Id), Is.EqualTo(new[] { "A1", "B1" }));
    }
}
