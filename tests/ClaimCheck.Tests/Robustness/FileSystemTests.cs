using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Robustness;

public class FileSystemTests
{
    [Test]
    public void SymlinkLoop_InAFolderWalk_Ends()
    {
        using var folder = new TempFolder();
        folder.Copy("examples/damascus.json", "a/damascus.json");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "a", "loop"), Path.Combine(folder.Path, "a"));

        var result = CliRunner.Run(folder.Path, "check", "a", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(JsonNode.Parse(result.Output)!["articles"]!.AsArray().Count, Is.EqualTo(1));
    }

    [Test]
    public void RuleFile_WithBomCrlfAndNonUtf8Bytes_KeepsLinesAndColumns()
    {
        using var folder = new TempFolder();
        var bytes = new List<byte>(Encoding.UTF8.GetPreamble());
        bytes.AddRange(Encoding.UTF8.GetBytes("# caf"));
        bytes.Add(0xE9); // Latin-1 'é': not UTF-8; read as U+FFFD, one character.
        bytes.AddRange(Encoding.UTF8.GetBytes("\r\nrule R1\r\n  require = 1\r\n"));
        File.WriteAllBytes(Path.Combine(folder.Path, "a.rules"), bytes.ToArray());

        var result = CliRunner.Run(folder.Path, "rules", "lint", "a.rules");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Output, Does.StartWith("a.rules(3,11): error CC1001: "));
    }

    [Test]
    public void KilledCheck_LeavesThePreviousReportWhole()
    {
        using var folder = new TempFolder();
        var model = File.ReadAllText(RepoPaths.Of("examples", "damascus.json"));
        for (var i = 0; i < 400; i++)
            File.WriteAllText(Path.Combine(folder.Path, $"a{i:D3}.json"), model);
        const string previous = "{\"previous\": true}\n";
        File.WriteAllText(Path.Combine(folder.Path, "report.json"), previous);

        var cli = typeof(ClaimCheck.Cli.ClaimCheckCli).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder.Path, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { cli, "check", ".", "--format", "json", "--output", "report.json" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        Thread.Sleep(700);
        process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);

        var after = File.ReadAllText(Path.Combine(folder.Path, "report.json"));
        Assert.That(after == previous || JsonNode.Parse(after)!["version"]!.GetValue<string>() == "1", Is.True, "the report is either the old one or a whole new one");
    }
}
