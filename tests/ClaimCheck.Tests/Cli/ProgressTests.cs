using ClaimCheck.Cli;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Cli;

/// <summary>The progress bar is for people at a terminal: it never changes a report, and never shows where output is read by a program.</summary>
public class ProgressTests
{
    private static readonly string[] Articles = [RepoPaths.Of("examples/damascus.json"), RepoPaths.Of("examples/port-strike.json"), RepoPaths.Of("examples/ferry-talks.json")];

    [Test]
    public void OnATerminal_TheBarIsDrawnOnStandardError_AndTheReportIsUnchanged()
    {
        var plain = Run(errorIsTerminal: false, "--format", "json");
        var drawn = Run(errorIsTerminal: true, "--format", "json");

        Assert.That(drawn.Error, Does.Contain("Checking 3 articles"));
        Assert.That(plain.Error, Does.Not.Contain("Checking"));
        Assert.That(drawn.Output, Is.EqualTo(plain.Output));
        Assert.That(drawn.ExitCode, Is.EqualTo(plain.ExitCode));
    }

    [TestCase(false, "xterm-256color", true)]
    [TestCase(false, null, true)]
    [TestCase(false, "dumb", false)]
    [TestCase(true, "xterm-256color", false)]
    public void TheBar_IsDrawnOnlyWhereALineCanBeRedrawn(bool redirected, string? term, bool drawn) =>
        Assert.That(CliContext.CanRedraw(redirected, term), Is.EqualTo(drawn));

    [Test]
    public void NoProgress_DrawsNothing()
    {
        var result = Run(errorIsTerminal: true, "--format", "json", "--no-progress");
        Assert.That(result.Error, Does.Not.Contain("Checking"));
    }

    [Test]
    public void OneArticle_DrawsNothing()
    {
        var result = Run(errorIsTerminal: true, [RepoPaths.Of("examples/damascus.json")], "--format", "json");
        Assert.That(result.Error, Does.Not.Contain("Checking"));
    }

    [Test]
    public void JsonLinesStreamedToTheSameTerminal_DrawNothing()
    {
        var result = Run(errorIsTerminal: true, Articles, outputIsTerminal: true, "--format", "jsonl");
        Assert.That(result.Error, Does.Not.Contain("Checking"));
        Assert.That(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(3));
    }

    [Test]
    public void DiagnosticsWhileTheBarIsDrawn_StillReachStandardError()
    {
        using var folder = new TempFolder();
        var broken = folder.Write("broken.json", "{ \"id\": \"x\", \"text\": 3 }");
        var result = Run(errorIsTerminal: true, [.. Articles, broken], outputIsTerminal: false, "--format", "jsonl");
        Assert.That(result.Error, Does.Contain("broken.json(1,22): error CC4003"));
        Assert.That(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(3));
    }

    private static CliRunner.Result Run(bool errorIsTerminal, params string[] options) => Run(errorIsTerminal, Articles, outputIsTerminal: false, options);

    private static CliRunner.Result Run(bool errorIsTerminal, string[] articles, params string[] options) => Run(errorIsTerminal, articles, outputIsTerminal: false, options);

    private static CliRunner.Result Run(bool errorIsTerminal, string[] articles, bool outputIsTerminal, params string[] options)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(output, error, outputIsTerminal) { ErrorIsTerminal = errorIsTerminal };
        var code = ClaimCheckCli.Run(["check", .. articles, .. options, "--fail-on", "none"], context);
        return new CliRunner.Result(code, output.ToString(), error.ToString());
    }
}
