using System.Text.Json.Nodes;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Cli;

public class ConfigAndJobsTests
{
    [Test]
    public void Check_FindsClaimcheckYamlAboveTheArticle_AndAppliesIt()
    {
        using var folder = new TempFolder();
        folder.Write("claimcheck.yaml", "severity:\n  STYLE*: off\n  CLAIM001: error\nfail-on: error\n");
        folder.Copy("examples/damascus.json", "desk/damascus.json");
        folder.Copy("examples/damascus.txt", "desk/damascus.txt");

        var result = CliRunner.Run(folder.Path, "check", "desk/damascus.json", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(1), "CLAIM001 is an error under this configuration");
        var report = JsonNode.Parse(result.Output)!;
        var ids = report["rules"]!.AsArray().Select(r => (string)r!["id"]!).ToList();
        Assert.That(ids, Has.None.StartsWith("STYLE"));
        Assert.That(report["rules"]!.AsArray().Single(r => (string?)r!["id"] == "CLAIM001")!["severity"]!.GetValue<string>(), Is.EqualTo("error"));
    }

    [Test]
    public void Check_FailOnFlag_BeatsTheConfiguration()
    {
        using var folder = new TempFolder();
        folder.Write("claimcheck.yaml", "fail-on: info\n");
        folder.Copy("examples/damascus.json");

        Assert.That(CliRunner.Run(folder.Path, "check", "damascus.json").ExitCode, Is.EqualTo(1));
        Assert.That(CliRunner.Run(folder.Path, "check", "damascus.json", "--fail-on", "none").ExitCode, Is.EqualTo(0));
    }

    [Test]
    public void Check_BadConfiguration_IsReportedWithLineAndExitTwo()
    {
        using var folder = new TempFolder();
        folder.Write("house.yaml", "rules: []\nseverity:\n  STYLE*: loud\n");
        folder.Copy("examples/damascus.json");

        var result = CliRunner.Run(folder.Path, "check", "damascus.json", "--config", "house.yaml");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.StartWith("house.yaml(3,11): error CC5103: 'severity.STYLE*': expected error, warning, info or off, found 'loud'."));
    }

    [Test]
    public void Check_ConfigurationRulesAndExclude_AreUsed()
    {
        using var folder = new TempFolder();
        folder.Write("claimcheck.yaml", "rules: desk.rules\nexclude: [\"drafts/**\"]\n");
        folder.Write("stories/old.received.json", "{}");
        folder.Write("desk.rules", "rule DESK001 \"Headline\"\n  require article.headline is present\n");
        folder.Copy("examples/damascus.json", "stories/damascus.json");
        folder.Copy("examples/port-strike.json", "drafts/port-strike.json");

        var result = CliRunner.Run(folder.Path, "check", ".", "--format", "json");

        var report = JsonNode.Parse(result.Output)!;
        Assert.That(report["rules"]!.AsArray().Select(r => (string)r!["id"]!), Is.EqualTo(new[] { "DESK001" }));
        Assert.That(report["articles"]!.AsArray().Select(a => (string)a!["id"]!), Is.EqualTo(new[] { "damascus-police-cooperation" }));
    }

    [Test]
    public void Check_ConfigurationRegistry_IsLoaded()
    {
        using var folder = new TempFolder();
        folder.Write("claimcheck.yaml", "registry: reference/registry.yaml\n");
        folder.Copy("examples/registry.yaml", "reference/registry.yaml");
        folder.Copy("examples/damascus.json");
        folder.Copy("examples/damascus.txt");

        var result = CliRunner.Run(folder.Path, "check", "damascus.json");

        Assert.That(result.Output, Does.Contain("damascus.txt(5,84): error REG001: "));
    }

    [TestCase("json")]
    [TestCase("jsonl")]
    [TestCase("text")]
    public void Check_OneOrTwoJobs_SameBytes(string format)
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 12; i++)
            folder.Copy(i % 2 == 0 ? "examples/damascus.json" : "examples/port-strike.json", $"a{i:D2}.json");

        var one = CliRunner.Run(folder.Path, "check", ".", "--format", format, "--jobs", "1");
        var two = CliRunner.Run(folder.Path, "check", ".", "--format", format, "--jobs", "2");

        Assert.That(one.Output, Is.Not.Empty);
        Assert.That(two.Output, Is.EqualTo(one.Output));
        Assert.That(two.ExitCode, Is.EqualTo(one.ExitCode));
    }

    /// <summary>Extraction shares its lexicons and caches between workers: text articles on four jobs give what one job gives.</summary>
    [Test]
    public void Check_TextArticlesOnFourJobs_SameBytesAsOne()
    {
        using var folder = new TempFolder();
        var stories = Directory.GetFiles(RepoPaths.Of("examples"), "*.txt").Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < 3 * stories.Length; i++)
            File.Copy(stories[i % stories.Length], Path.Combine(folder.Path, $"a{i:D2}.txt"));
        File.WriteAllText(Path.Combine(folder.Path, "b.md"), "---\nheadline: A note\n---\n\nThe minister said on Monday that talks would resume.\n");

        var one = CliRunner.Run(folder.Path, "check", ".", "--format", "jsonl", "--jobs", "1");
        var four = CliRunner.Run(folder.Path, "check", ".", "--format", "jsonl", "--jobs", "4");

        Assert.That(one.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(3 * stories.Length + 1));
        Assert.That(four.Output, Is.EqualTo(one.Output));
        Assert.That(four.Error, Is.EqualTo(one.Error));
    }

    [Test]
    public void Check_ZeroJobs_IsAUsageError()
    {
        var result = CliRunner.RunInRepo("check", "examples/damascus.json", "--jobs", "0");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("--jobs must be at least 1."));
    }
}
