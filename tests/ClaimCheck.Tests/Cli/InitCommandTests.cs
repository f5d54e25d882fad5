using ClaimCheck.Tests.Support;
using static ClaimCheck.Tests.Cli.FixtureFolders;

namespace ClaimCheck.Tests.Cli;

public class InitCommandTests
{
    [Test]
    public void Init_NewFolder_LaysOutAPackWhoseSuitePasses()
    {
        using var folder = new TempFolder();

        var init = CliRunner.Run(folder.Path, "init", "pack");
        var test = CliRunner.Run(folder.Path, "test", "pack/fixtures", "--rules", "pack/rules", "--coverage");

        Assert.That(init.ExitCode, Is.EqualTo(0), init.Error);
        Assert.That(init.Output, Does.Contain("created pack/rules/sample.rules\n").And.Contain("created pack/fixtures/ferry-fares.verified.txt\n"));
        Assert.That(test.ExitCode, Is.EqualTo(0), test.Output + test.Error);
        Assert.That(LastLine(test.Output), Is.EqualTo("2 passed, 0 failed"));
        Assert.That(File.ReadAllText(Path.Combine(folder.Path, "pack", "fixtures", "ferry-fares.txt")), Does.Contain("<!-- expect: SAMPLE001 -->"));
    }

    [Test]
    public void Init_FolderWithAPack_RefusesWithCC9039AndChangesNothing()
    {
        using var folder = new TempFolder();
        CliRunner.Run(folder.Path, "init", "pack");
        var rules = Path.Combine(folder.Path, "pack", "rules", "sample.rules");
        File.WriteAllText(rules, "# mine\n");
        File.Delete(Path.Combine(folder.Path, "pack", "fixtures", "ferry-fares.json"));

        var again = CliRunner.Run(folder.Path, "init", "pack");

        Assert.That(again.ExitCode, Is.EqualTo(2));
        Assert.That(again.Error, Does.Contain("pack/rules/sample.rules: error CC9039: 'pack/rules/sample.rules' already exists; 'claimcheck init' never overwrites a file.\n"));
        Assert.That(File.ReadAllText(rules), Is.EqualTo("# mine\n"));
        Assert.That(File.Exists(Path.Combine(folder.Path, "pack", "fixtures", "ferry-fares.json")), Is.False, "Nothing is written when anything exists.");
    }

    [Test]
    public void Init_WritesAStarterConfiguration_ThatCheckUses()
    {
        using var folder = new TempFolder();
        Assert.That(CliRunner.Run(folder.Path, "init", "desk").ExitCode, Is.EqualTo(0));

        var config = File.ReadAllText(Path.Combine(folder.Path, "desk", "claimcheck.yaml"));
        var check = CliRunner.Run(folder.Path, "check", "desk/fixtures/ferry-fares.json", "--format", "json");

        Assert.That(config, Does.StartWith("# ClaimCheck configuration"));
        var rules = System.Text.Json.Nodes.JsonNode.Parse(check.Output)!["rules"]!.AsArray().Select(r => (string)r!["id"]!);
        Assert.That(rules, Is.EqualTo(new[] { "SAMPLE001" }), "the configuration's rules replace the bundled packs");
    }
}
