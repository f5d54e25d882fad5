using System.Text.Json.Nodes;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Cli;

public class CommandTests
{
    [TestCase]
    [TestCase("check")]
    [TestCase("extract")]
    [TestCase("rules")]
    [TestCase("rules", "lint")]
    [TestCase("rules", "list")]
    [TestCase("rules", "explain")]
    public void Help_EveryCommand_PrintsUsage(params string[] command)
    {
        var result = CliRunner.RunInRepo([.. command, "--help"]);

        Assert.That(result.ExitCode, Is.EqualTo(0));
        Assert.That(result.Output, Does.Contain("Usage:"));
    }

    [Test]
    public void RulesLint_BundledPacks_HaveNoDiagnostics()
    {
        var result = CliRunner.RunInRepo("rules", "lint");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Output);
        Assert.That(result.Output, Does.EndWith("0 errors, 0 warnings.\n"));
    }

    [Test]
    public void RulesLint_BrokenFile_ListsDiagnosticsAndExitsTwo()
    {
        using var folder = new TempFolder();
        folder.Write("a.rules", "rule R1\n  for each statment s\n  report\n");

        var result = CliRunner.Run(folder.Path, "rules", "lint", "a.rules");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Output, Does.StartWith("a.rules(2,12): error CC2007: 'statment' is not something a rule can check; did you mean 'statement'?\n"));
    }

    [Test]
    public void RulesList_ShowsBundledRules()
    {
        var result = CliRunner.RunInRepo("rules", "list");

        Assert.That(result.ExitCode, Is.EqualTo(0));
        Assert.That(result.Output.Split('\n').Count(l => l.Length > 0), Is.GreaterThanOrEqualTo(16), "a header and at least 15 rules");
        Assert.That(result.Output, Does.Contain("ATTR001"));
    }

    [Test]
    public void RulesExplain_KnownRule_ShowsPolicyAndDefinition()
    {
        var result = CliRunner.RunInRepo("rules", "explain", "attr001");

        Assert.That(result.ExitCode, Is.EqualTo(0));
        Assert.That(result.Output, Does.Contain("policy:   statements attributed to a ministry spokesperson must cite a source agency"));
        Assert.That(result.Output, Does.Contain("defined:  bundled:attribution.rules("));
    }

    [Test]
    public void RulesExplain_UnknownRule_SuggestsAndExitsTwo()
    {
        var result = CliRunner.RunInRepo("rules", "explain", "ATTR0001");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("error CC9004: No loaded rule has the ID 'ATTR0001'; did you mean 'ATTR001'?"));
    }

    [Test]
    public void Extract_Model_PrintsTheSameModel()
    {
        var result = CliRunner.RunInRepo("extract", "examples/damascus.json");

        Assert.That(result.ExitCode, Is.EqualTo(0));
        var printed = JsonNode.Parse(result.Output)!;
        var original = JsonNode.Parse(File.ReadAllText(RepoPaths.Of("examples", "damascus.json")))!;
        Assert.That(JsonNode.DeepEquals(printed, original), Is.True);
    }

    [Test]
    public void Extract_Yaml_RoundTripsThroughTheLoader()
    {
        using var folder = new TempFolder();
        var yaml = CliRunner.RunInRepo("extract", "examples/port-strike.json", "--format", "yaml");
        folder.Write("port-strike.yaml", yaml.Output);

        var json = CliRunner.Run(folder.Path, "extract", "port-strike.yaml");

        Assert.That(json.ExitCode, Is.EqualTo(0), json.Error);
        var original = JsonNode.Parse(File.ReadAllText(RepoPaths.Of("examples", "port-strike.json")))!;
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(json.Output), original), Is.True);
    }
}
