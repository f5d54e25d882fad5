using System.Diagnostics;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Cli;

/// <summary>
/// A check of one article starts cheaply: in a real process, with a warm cache, it loads
/// neither the C# compiler, nor the rule parser, nor the readers and the progress bar it does not need.
/// </summary>
public class StartupTests
{
    [Test]
    public void CheckingOneModel_LoadsOnlyWhatItNeeds()
    {
        using var folder = new TempFolder();
        var model = folder.Copy("examples/damascus.json");
        var cache = folder.Of("cache");

        Run(model, cache); // fills the parse cache, as any first run does
        var stats = Run(model, cache);

        var loaded = stats[(stats.IndexOf("assemblies loaded:", StringComparison.Ordinal) + "assemblies loaded:".Length)..]
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.That(loaded, Does.Contain("ClaimCheck"));
        Assert.That(loaded, Has.None.StartsWith("Microsoft.CodeAnalysis"), "no rule has a csharp block");
        Assert.That(loaded, Has.None.EqualTo("Sprache"), "the bundled packs come from the parse cache");
        Assert.That(loaded, Has.None.EqualTo("Spectre.Console"), "no progress bar is drawn for output that is not a terminal");
        Assert.That(loaded, Has.None.EqualTo("YamlDotNet").And.None.EqualTo("Markdig").And.None.EqualTo("AngleSharp"), "a JSON model needs no other reader");
    }

    /// <returns>The statistics line the run printed on standard error.</returns>
    private static string Run(string model, string cache)
    {
        var cli = typeof(ClaimCheck.Cli.ClaimCheckCli).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { cli, "check", model, "--format", "jsonl", "--cache-dir", cache, "--fail-on", "none" })
            start.ArgumentList.Add(arg);
        start.Environment["CLAIMCHECK_STATS"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        Assert.That(process.WaitForExit(60_000), "the check finishes");
        Assert.That(process.ExitCode, Is.EqualTo(0), error);
        Assert.That(output.Result, Does.Contain("\"path\""));
        return error.Split('\n').Single(line => line.StartsWith("claimcheck:", StringComparison.Ordinal) && line.Contains("assemblies loaded:", StringComparison.Ordinal));
    }
}
