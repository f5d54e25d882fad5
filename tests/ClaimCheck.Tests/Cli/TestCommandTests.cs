using ClaimCheck.Tests.Support;
using static ClaimCheck.Tests.Cli.FixtureFolders;

namespace ClaimCheck.Tests.Cli;

public class TestCommandTests
{
    // The model fixtures in examples/: every one must pass, however many are added.
    private static readonly int ExampleCount = Directory.GetFiles(RepoPaths.Of("examples"), "*.json")
        .Count(f => !f.Contains(".verified.") && !f.Contains(".received."));

    [Test]
    public void Test_Examples_PassInAFreshCloneElsewhere()
    {
        using var folder = new TempFolder();
        CopyFolder("examples", Path.Combine(folder.Path, "examples"));

        var result = CliRunner.Run(folder.Path, "test", "examples");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Output + result.Error);
        Assert.That(result.Output, Does.Contain("PASS examples/damascus.json\n").And.Contain("PASS examples/port-strike.json\n"));
        Assert.That(LastLine(result.Output), Is.EqualTo($"{ExampleCount} passed, 0 failed"));
        Assert.That(Directory.GetFiles(Path.Combine(folder.Path, "examples"), "*.received.*"), Is.Empty);
    }

    [Test]
    public void Test_ChangedRuleMessage_FailsWithADiff_AcceptMakesItPass()
    {
        using var folder = new TempFolder();
        CopyFolder("examples", Path.Combine(folder.Path, "examples"));
        CopyFolder("rules", Path.Combine(folder.Path, "rules"));
        Assert.That(CliRunner.Run(folder.Path, "test", "examples", "--rules", "rules").ExitCode, Is.EqualTo(0), "The copied packs report as the bundled ones do.");
        var claims = Path.Combine(folder.Path, "rules", "claims.rules");
        File.WriteAllText(claims, File.ReadAllText(claims).Replace("are given in the article's own voice, with no source.", "lack a source."));

        var failed = CliRunner.Run(folder.Path, "test", "examples", "--rules", "rules");

        Assert.That(failed.ExitCode, Is.EqualTo(1));
        Assert.That(failed.Output, Does.Contain("FAIL examples/port-strike.json\n"));
        Assert.That(failed.Output, Does.Contain("examples/port-strike.verified.txt: error CC9035:"));
        Assert.That(failed.Output, Does.Contain("--- examples/port-strike.verified.txt\n+++ examples/port-strike.received.txt\n"));
        Assert.That(failed.Output, Does.Contain("\n-port-strike.txt(3,21): warning CLAIM001: The figures or dates in “About 3,200 dockworkers walked off the job at the Port of Kestrel on Monday” (About 3,200, Monday) are given in the article's own voice, with no source.\n"));
        Assert.That(failed.Output, Does.Contain("\n+port-strike.txt(3,21): warning CLAIM001: The figures or dates in “About 3,200 dockworkers walked off the job at the Port of Kestrel on Monday” (About 3,200, Monday) lack a source.\n"));
        Assert.That(LastLine(failed.Output), Is.EqualTo($"0 passed, {ExampleCount} failed"));
        Assert.That(File.Exists(Path.Combine(folder.Path, "examples", "port-strike.received.txt")), Is.True);

        var accepted = CliRunner.Run(folder.Path, "test", "examples", "--rules", "rules", "--accept");
        var again = CliRunner.Run(folder.Path, "test", "examples", "--rules", "rules");

        Assert.That(accepted.ExitCode, Is.EqualTo(0), accepted.Output);
        Assert.That(accepted.Output, Does.Contain("PASS examples/port-strike.json (snapshot accepted)\n"));
        Assert.That(again.ExitCode, Is.EqualTo(0), again.Output);
        Assert.That(LastLine(again.Output), Is.EqualTo($"{ExampleCount} passed, 0 failed"));
        Assert.That(Directory.GetFiles(Path.Combine(folder.Path, "examples"), "*.received.*"), Is.Empty);
        Assert.That(File.ReadAllText(Path.Combine(folder.Path, "examples", "port-strike.verified.txt")), Does.Contain("lack a source."));
    }

    [Test]
    public void Test_FixtureWithoutSnapshot_IsCC9036AndWritesTheReceivedFile()
    {
        using var folder = new TempFolder();
        CopyFolder("examples", Path.Combine(folder.Path, "examples"));
        File.Delete(Path.Combine(folder.Path, "examples", "damascus.verified.txt"));

        var result = CliRunner.Run(folder.Path, "test", "examples");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Output, Does.Contain("examples/damascus.verified.txt: error CC9036: There is no verified snapshot yet; review 'examples/damascus.received.txt' and accept it with --accept.\n"));
        Assert.That(LastLine(result.Output), Is.EqualTo($"{ExampleCount - 1} passed, 1 failed"));
        Assert.That(File.ReadAllText(Path.Combine(folder.Path, "examples", "damascus.received.txt")), Is.EqualTo(File.ReadAllText(RepoPaths.Of("examples", "damascus.verified.txt"))));
    }

    [Test]
    public void Test_OneFixtureFile_IsTestedAgainstTheSameSnapshot()
    {
        using var folder = new TempFolder();
        CopyFolder("examples", Path.Combine(folder.Path, "examples"));

        var result = CliRunner.Run(folder.Path, "test", "examples/damascus.json");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Output);
        Assert.That(LastLine(result.Output), Is.EqualTo("1 passed, 0 failed"));
    }

    [Test]
    public void Test_MatchingRun_DeletesAStaleReceivedFile()
    {
        using var folder = new TempFolder();
        CopyFolder("examples", Path.Combine(folder.Path, "examples"));
        var stale = folder.Write("examples/damascus.received.txt", "an old run\n");

        var result = CliRunner.Run(folder.Path, "test", "examples");

        Assert.That(result.ExitCode, Is.EqualTo(0));
        Assert.That(File.Exists(stale), Is.False);
    }

    [Test]
    public void Test_SnapshotsWrittenHere_HoldNoMachinePaths()
    {
        using var folder = new TempFolder();
        CopyFolder("examples", Path.Combine(folder.Path, "suite", "examples"));
        CopyFolder("rules", Path.Combine(folder.Path, "suite", "rules"));
        foreach (var verified in Directory.GetFiles(Path.Combine(folder.Path, "suite", "examples"), "*.verified.*"))
            File.Delete(verified);
        var rules = Path.Combine(folder.Path, "suite", "rules");

        var text = CliRunner.Run(folder.Path, "test", "suite/examples", "--rules", rules, "--accept");
        var json = CliRunner.Run(RepoPaths.Root, "test", Path.Combine(folder.Path, "suite", "examples"), "--rules", rules, "--format", "json", "--accept");

        Assert.That(text.ExitCode, Is.EqualTo(0), text.Output + text.Error);
        Assert.That(json.ExitCode, Is.EqualTo(0), json.Output + json.Error);
        var snapshots = Directory.GetFiles(Path.Combine(folder.Path, "suite", "examples"), "*.verified.*");
        Assert.That(snapshots, Has.Length.EqualTo(2 * ExampleCount));
        var machinePaths = new[] { folder.Path, folder.Path.Replace('\\', '/'), Path.GetTempPath(), RepoPaths.Root, "suite/", Environment.UserName + "/" };
        foreach (var snapshot in snapshots)
        {
            var content = File.ReadAllText(snapshot);
            foreach (var path in machinePaths)
                Assert.That(content, Does.Not.Contain(path), $"{Path.GetFileName(snapshot)} holds '{path}'.");
        }
        var damascus = File.ReadAllText(Path.Combine(folder.Path, "suite", "examples", "damascus.verified.json"));
        Assert.That(damascus, Does.Contain("\"path\": \"../rules/attribution.rules\"").And.Contain("\"model\": \"damascus.json\""));
        Assert.That(File.ReadAllText(Path.Combine(folder.Path, "suite", "examples", "damascus.verified.txt")), Is.EqualTo(File.ReadAllText(RepoPaths.Of("examples", "damascus.verified.txt"))));
    }

    [Test]
    public void Test_NoFolder_IsCC9001_EmptyFolder_IsCC9002_BadRules_Exit2()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "empty"));
        folder.Write("bad.rules", "rule X1\n  for each quote q\n  require q.nothing is present\n");

        var missing = CliRunner.Run(folder.Path, "test", "nowhere");
        var empty = CliRunner.Run(folder.Path, "test", "empty");
        var badRules = CliRunner.Run(folder.Path, "test", "empty", "--rules", "bad.rules");

        Assert.That(missing.ExitCode, Is.EqualTo(2));
        Assert.That(missing.Error, Does.Contain("error CC9001:"));
        Assert.That(empty.ExitCode, Is.EqualTo(2));
        Assert.That(empty.Error, Does.Contain("error CC9002:"));
        Assert.That(badRules.ExitCode, Is.EqualTo(2));
        Assert.That(badRules.Error, Does.Contain("bad.rules(3,13): error CC2001:"));
    }
}
