using System.Text.Json.Nodes;
using ClaimCheck.Tests.Support;
using static ClaimCheck.Tests.Cli.FixtureFolders;

namespace ClaimCheck.Tests.Cli;

/// <summary>Expectation comments, coverage and skips, on the pack <c>claimcheck init</c> lays out.</summary>
public class TestExpectationTests
{
    private const string Ok = "<!-- ok: SAMPLE001 -->";
    private const string Expect = "<!-- expect: SAMPLE001 -->";

    private static TempFolder Pack()
    {
        var folder = new TempFolder();
        Assert.That(CliRunner.Run(folder.Path, "init", "pack").ExitCode, Is.EqualTo(0));
        return folder;
    }

    /// <summary>Edits the fixture's source text and remaps the model onto it, as the tool that made the model would.</summary>
    private static void EditSource(TempFolder folder, Func<string, string> edit)
    {
        var path = Path.Combine(folder.Path, "pack", "fixtures", "ferry-fares.txt");
        var source = edit(File.ReadAllText(path));
        File.WriteAllText(path, source);

        // The model's text is the source without its comment lines; each other line maps verbatim.
        var modelPath = Path.Combine(folder.Path, "pack", "fixtures", "ferry-fares.json");
        var model = JsonNode.Parse(File.ReadAllText(modelPath))!;
        var map = new JsonArray();
        var (text, at) = (0, 0);
        foreach (var line in source.Split('\n').Select((l, i) => l + "\n").SkipLast(1))
        {
            if (!line.StartsWith("<!--", StringComparison.Ordinal))
            {
                map.Add(new JsonObject { ["start"] = text, ["length"] = line.Length, ["sourceStart"] = at });
                text += line.Length;
            }
            at += line.Length;
        }
        model["source"]!["map"] = map;
        File.WriteAllText(modelPath, model.ToJsonString());
    }

    private static CliRunner.Result Test(TempFolder folder, params string[] more) =>
        CliRunner.Run(folder.Path, ["test", "pack/fixtures", "--rules", "pack/rules", .. more]);

    [Test]
    public void Test_OneMissedAndOneUnexpectedFinding_ReportsBothWithLocations_Exit1()
    {
        using var folder = Pack();
        EditSource(folder, s => s.Replace(Expect, "@@").Replace(Ok, Expect).Replace("@@", Ok));

        var result = Test(folder);

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Output + result.Error);
        Assert.That(result.Output, Does.Contain("FAIL pack/fixtures/ferry-fares.json\n"));
        Assert.That(result.Output, Does.Contain("pack/fixtures/ferry-fares.txt(3,1): error CC9033: Rule 'SAMPLE001' was expected to fire in this paragraph, but it did not.\n"));
        Assert.That(result.Output, Does.Contain("pack/fixtures/ferry-fares.txt(7,1): error CC9034: Rule 'SAMPLE001' fired in a paragraph marked 'ok: SAMPLE001': The figure in “Fares on the route have risen by 8 percent since March” does not say who says so.\n"));
        Assert.That(LastLine(result.Output), Is.EqualTo("0 passed, 1 failed"));
    }

    [Test]
    public void Test_ExpectationWithUnknownRule_IsCC9030WithASuggestion()
    {
        using var folder = Pack();
        EditSource(folder, s => s.Replace(Ok, "<!-- ok: SAMPLE00X -->"));

        var result = Test(folder);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Output, Does.Contain("ferry-fares.txt(3,1): error CC9030: The expectation names 'SAMPLE00X', which is not a loaded rule; did you mean 'SAMPLE001'?\n"));
    }

    [Test]
    public void Test_ExpectationWithoutRule_IsCC9032()
    {
        using var folder = Pack();
        EditSource(folder, s => s.Replace(Ok, "<!-- ok: -->"));

        var result = Test(folder);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Output, Does.Contain("ferry-fares.txt(3,1): error CC9032:"));
    }

    [Test]
    public void Test_ExpectationAfterTheLastParagraph_IsCC9031()
    {
        using var folder = Pack();
        EditSource(folder, s => s + Expect + "\n");

        var result = Test(folder);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Output, Does.Contain("ferry-fares.txt(8,1): error CC9031: The 'expect:' comment is not followed by a paragraph of the article.\n"));
    }

    [Test]
    public void Test_SkippedFixture_IsCountedAsSkipped()
    {
        using var folder = Pack();
        EditSource(folder, s => s + "<!-- skip: waiting for the new model -->\n");

        var result = Test(folder);

        Assert.That(result.ExitCode, Is.EqualTo(0));
        Assert.That(result.Output, Does.Contain("SKIP pack/fixtures/ferry-fares.json (waiting for the new model)\n"));
        Assert.That(LastLine(result.Output), Is.EqualTo("0 passed, 0 failed, 1 skipped"));
    }

    [Test]
    public void Test_Coverage_FailsARuleThatNeverFiresOrPasses()
    {
        using var folder = Pack();
        File.AppendAllText(Path.Combine(folder.Path, "pack", "rules", "sample.rules"),
            "\nrule SAMPLE002 \"Long quotes\"\n  for each quote q\n  require q.words <= 40\n");

        var result = Test(folder, "--coverage", "--accept");

        Assert.That(result.ExitCode, Is.EqualTo(1), result.Output + result.Error);
        Assert.That(result.Output, Does.Contain("PASS coverage of SAMPLE001\n"));
        Assert.That(result.Output, Does.Contain("FAIL coverage of SAMPLE002\n"));
        Assert.That(result.Output, Does.Contain("pack/rules/sample.rules(12,6): error CC9037: Rule 'SAMPLE002' fires in no fixture; add a fixture that breaks it.\n"));
        Assert.That(result.Output, Does.Contain("pack/rules/sample.rules(12,6): error CC9038: Rule 'SAMPLE002' passes in no fixture; add a fixture where it applies and holds.\n"));
        Assert.That(LastLine(result.Output), Is.EqualTo("2 passed, 1 failed"));
    }
}
