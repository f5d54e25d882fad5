using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Cli;

public class CSharpCliTests
{
    private const string Rules = """
        rule LONGQ "Long quotes"
          severity info
          for each quote q
          where csharp { q.Text.Split(' ').Length > 3 }
          report "A quote of {q.words} words."

        """;

    [Test]
    public void Check_CacheDirFlag_KeepsTheCompiledBlocksThere_AndTheWarmRunPrintsTheSame()
    {
        using var folder = new TempFolder();
        var rules = folder.Write("long.rules", Rules);
        var cache = Path.Combine(folder.Path, "cache");
        string[] args = ["check", "--rules", rules, "--cache-dir", cache, RepoPaths.Of("examples", "damascus.json")];

        var cold = CliRunner.RunInRepo(args);
        var warm = CliRunner.RunInRepo(args);

        Assert.That(cold.Error, Is.Empty);
        Assert.That(cold.Output, Does.Contain("LONGQ"));
        Assert.That(Directory.GetFiles(cache, "*.ccblocks"), Has.Length.EqualTo(1));
        Assert.That((warm.ExitCode, warm.Output), Is.EqualTo((cold.ExitCode, cold.Output)));
    }

    [Test]
    public void RulesLint_CSharpError_IsPrintedAtItsPlaceInTheRuleFile()
    {
        using var folder = new TempFolder();
        var rules = folder.Write("bad.rules", "rule R1\n  for each quote q\n  where csharp { x > 3 }\n  report\n");

        var result = CliRunner.Run(folder.Path, "rules", "lint", "bad.rules", "--cache-dir", Path.Combine(folder.Path, "cache"));

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Output, Does.StartWith("bad.rules(3,18): error CC3001: CS0103: The name 'x' does not exist in the current context.\n"));
    }

    [Test]
    public void Check_TimeLimitFlag_StopsALoopingRule_AndReportsTheOthers()
    {
        using var folder = new TempFolder();
        var rules = folder.Write("spin.rules", Rules + "rule SPIN\n  require csharp { while (true) { } return true; }\n");

        var result = CliRunner.RunInRepo("check", "--rules", rules, "--csharp-time-limit", "30", "--cache-dir", Path.Combine(folder.Path, "cache"),
            RepoPaths.Of("examples", "damascus.json"));

        Assert.That(result.Output, Does.Contain("error CC6002: Rule 'SPIN' was stopped on this article: its C# blocks ran longer than 30 ms."));
        Assert.That(result.Output, Does.Contain("info LONGQ: A quote of"));
    }

    [Test]
    public void Check_NonPositiveTimeLimit_IsAUsageError()
    {
        var result = CliRunner.RunInRepo("check", "--csharp-time-limit", "0", "examples/damascus.json");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("--csharp-time-limit must be a positive number of milliseconds."));
    }
}
