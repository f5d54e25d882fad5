using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimCheck.Testing;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Cli;

public class CheckCommandTests
{
    [Test]
    public void Check_SeedModel_PrintsTheReportAndExitsZero()
    {
        var result = CliRunner.RunInRepo("check", "examples/damascus.json");

        Assert.That(result.Error, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
        Snapshot.Verify(result.Output);
    }

    [Test]
    public void Check_SeedModel_SpokespersonRulePassesForAlBaba()
    {
        var report = JsonReport(CliRunner.RunInRepo("check", "examples/damascus.json", "--format", "json"));

        var outcome = report["articles"]![0]!["outcomes"]!.AsArray().Single(o => (string?)o!["rule"] == "ATTR001")!;
        Assert.That((string?)outcome["status"], Is.EqualTo("passed"));
        Assert.That((int)outcome["subjects"]!, Is.EqualTo(1), "Nour al-Din al-Baba's is the one spokesperson statement.");
    }

    [Test]
    public void Check_SeedWithoutNovostiChannel_SpokespersonRuleFailsAtHisStatement()
    {
        using var folder = new TempFolder();
        folder.Copy("examples/damascus.txt");
        var model = JsonNode.Parse(File.ReadAllText(RepoPaths.Of("examples", "damascus.json")))!;
        var statement = model["statements"]!.AsArray().Single(s => (string?)s!["id"] == "s2")!.AsObject();
        statement.Remove("channel");
        folder.Write("damascus.json", model.ToJsonString());

        var result = CliRunner.Run(folder.Path, "check", "damascus.json");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Output, Does.Contain("damascus.txt(4,1): error ATTR001: "));
        Assert.That(result.Output, Does.Contain("    The ministry’s spokesperson, Nour al-Din al-Baba, stated in remarks"));
    }

    [Test]
    public void Check_SeedClosingParagraph_ItsClaimsAreReportedUnattributed()
    {
        var report = JsonReport(CliRunner.RunInRepo("check", "examples/damascus.json", "--format", "json"));

        var findings = report["articles"]![0]!["findings"]!.AsArray();
        var closing = findings.Where(f => (int)f!["location"]!["startLine"]! == 9).Select(f => (string)f!["evidence"]!).ToList();
        Assert.That(closing, Has.Some.Contains("2015"));
        Assert.That(closing, Has.Some.Contains("upgrades"));
    }

    [Test]
    public void Check_RuleFileWithThreeMistakes_GivesThreeLocatedDiagnosticsAndExitTwo()
    {
        using var folder = new TempFolder();
        folder.Write("bad.rules", """
            rule SYN001 "A syntax error"
              for each quote q
              require q.text = = "x"

            rule MEM001 "An unknown member"
              for each quote q
              require q.statment.source.name is present

            rule REX001 "A bad regex"
              for each statement s
              require s.cue.text matches /(said|stated/i
            """);
        folder.Copy("examples/damascus.json");

        var result = CliRunner.Run(folder.Path, "check", "damascus.json", "--rules", "bad.rules");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Output, Is.Empty);
        var lines = result.Error.Split('\n').Where(l => l.StartsWith("bad.rules(", StringComparison.Ordinal)).ToArray();
        Assert.That(lines, Is.EqualTo(new[]
        {
            "bad.rules(3,20): error CC1001: Expected an expression, found '='.",
            "bad.rules(7,13): error CC2001: 'quote' has no member 'statment'; did you mean 'statement'?",
            "bad.rules(11,30): error CC2003: The regular expression is not valid: Not enough )'s.",
        }));
        Assert.That(result.Error, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void Check_BundledTokenAlongsideOwnRules_RunsBoth()
    {
        using var folder = new TempFolder();
        folder.Write("own.rules", "rule OWN001 \"Headline present\"\n  require article.headline is present\n");
        folder.Copy("examples/damascus.json");

        var result = CliRunner.Run(folder.Path, "check", "damascus.json", "--rules", "own.rules", "--rules", "bundled:", "--format", "json");

        var ids = JsonReport(result)["rules"]!.AsArray().Select(r => (string)r!["id"]!).ToList();
        Assert.That(ids, Does.Contain("OWN001").And.Contain("ATTR001"));
    }

    [Test]
    public void Check_OwnRulesOnly_ReplaceTheBundledPacks()
    {
        using var folder = new TempFolder();
        folder.Write("own.rules", "rule OWN001 \"Headline present\"\n  require article.headline is present\n");
        folder.Copy("examples/damascus.json");

        var result = CliRunner.Run(folder.Path, "check", "damascus.json", "--rules", "own.rules", "--format", "json");

        var ids = JsonReport(result)["rules"]!.AsArray().Select(r => (string)r!["id"]!).ToList();
        Assert.That(ids, Is.EqualTo(new[] { "OWN001" }));
    }

    [Test]
    public void Check_FailOnWarning_ExitsOneOnWarnings()
    {
        var result = CliRunner.RunInRepo("check", "examples/damascus.json", "--fail-on", "warning");

        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void Check_FailOnNone_ExitsZeroEvenWithErrors()
    {
        using var folder = new TempFolder();
        folder.Write("own.rules", "rule OWN001\n  severity error\n  for each statement s\n  report\n");
        folder.Copy("examples/damascus.json");

        var result = CliRunner.Run(folder.Path, "check", "damascus.json", "--rules", "own.rules", "--fail-on", "none");

        Assert.That(result.ExitCode, Is.EqualTo(0));
        Assert.That(result.Output, Does.Contain("error OWN001"));
    }

    [Test]
    public void Check_Output_WritesTheFileAndNothingToStdout()
    {
        using var folder = new TempFolder();
        folder.Copy("examples/damascus.json");
        folder.Copy("examples/damascus.txt");
        File.WriteAllText(Path.Combine(folder.Path, "report.json"), "old");

        var result = CliRunner.Run(folder.Path, "check", "damascus.json", "--format", "json", "--output", "report.json");

        Assert.That(result.Output, Is.Empty);
        var written = File.ReadAllText(Path.Combine(folder.Path, "report.json"));
        Assert.That(JsonNode.Parse(written)!["version"]!.GetValue<string>(), Is.EqualTo("1"));
        Assert.That(Directory.GetFiles(folder.Path, "*.tmp"), Is.Empty, "no temp file left behind");
    }

    [Test]
    public void Check_OutputIntoMissingFolder_ReportsCC9003AndExitsTwo()
    {
        var result = CliRunner.RunInRepo("check", "examples/damascus.json", "--output", "no/such/folder/report.txt");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("error CC9003: The report could not be written to 'no/such/folder/report.txt'"));
    }

    [Test]
    public void Check_FolderWithoutArticles_ReportsCC9002()
    {
        using var folder = new TempFolder();
        folder.Write("notes/readme.rst", "nothing here");

        var result = CliRunner.Run(folder.Path, "check", "notes");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("notes: error CC9002: No article files were found in 'notes'."));
    }

    [Test]
    public void Check_MissingArticle_ReportsCC9001AndExitsTwo()
    {
        var result = CliRunner.RunInRepo("check", "examples/nope.json");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("examples/nope.json: error CC9001: 'examples/nope.json' does not exist."));
    }

    [Test]
    public void Check_Folder_ChecksEveryModelInIt_AndNotTheTextsTheModelsWereMadeFrom()
    {
        var report = JsonReport(CliRunner.RunInRepo("check", "examples", "--format", "json"));

        // Every model in examples/ (however many there are), in order, and no text file: each text there is a model's source.
        var models = Directory.GetFiles(RepoPaths.Of("examples"), "*.json")
            .Where(f => !f.Contains(".verified.") && !f.Contains(".received."))
            .Select(f => "examples/" + Path.GetFileName(f))
            .Order(StringComparer.Ordinal);
        Assert.That(report["articles"]!.AsArray().Select(a => (string)a!["model"]!), Is.EqualTo(models));
        Assert.That(models, Does.Contain("examples/damascus.json").And.Contain("examples/port-strike.json"));
    }

    [Test]
    public void Check_Glob_ChecksMatchingFiles()
    {
        var report = JsonReport(CliRunner.RunInRepo("check", "examples/dam*.json", "--format", "json"));

        Assert.That(report["articles"]!.AsArray().Select(a => (string)a!["model"]!), Is.EqualTo(new[] { "examples/damascus.json" }));
    }

    [Test]
    public void Check_UnknownOption_IsAUsageErrorWithExitTwo()
    {
        var result = CliRunner.RunInRepo("check", "examples/damascus.json", "--fromat", "json");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("--fromat"));
    }

    [Test]
    public void Check_BadFailOnValue_IsAUsageError()
    {
        var result = CliRunner.RunInRepo("check", "examples/damascus.json", "--fail-on", "sometimes");

        Assert.That(result.ExitCode, Is.EqualTo(2));
    }

    [Test]
    public void Check_SameInputTwice_SameBytes()
    {
        var first = CliRunner.RunInRepo("check", "examples", "--format", "json");
        var second = CliRunner.RunInRepo("check", "examples", "--format", "json");

        Assert.That(second.Output, Is.EqualTo(first.Output));
    }

    private static JsonNode JsonReport(CliRunner.Result result)
    {
        Assert.That(result.ExitCode, Is.AnyOf(0, 1), result.Error);
        return JsonNode.Parse(result.Output) ?? throw new JsonException("empty report");
    }
}
