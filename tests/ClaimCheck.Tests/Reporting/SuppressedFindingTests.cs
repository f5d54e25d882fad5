using System.Text.Json.Nodes;
using System.Xml.Linq;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Reporting;

/// <summary>A finding suppressed in the model appears, marked suppressed with its reason, in every format, and does not fail the run.</summary>
public class SuppressedFindingTests
{
    private static CliRunner.Result Check(string format)
    {
        using var folder = new TempFolder();
        SeedFixtures.WriteSuppressed(folder);
        var result = CliRunner.Run(folder.Path, "check", "damascus.json", "--format", format);
        Assert.That(result.ExitCode, Is.EqualTo(0), "A suppressed error must not fail the run.\n" + result.Error);
        return result;
    }

    [Test]
    public void Suppressed_WithoutTheSuppression_TheRunFails()
    {
        using var folder = new TempFolder();
        SeedFixtures.WriteSuppressed(folder);
        var model = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Path, "damascus.json")))!;
        model["suppressions"] = new JsonArray();
        folder.Write("damascus.json", model.ToJsonString());

        Assert.That(CliRunner.Run(folder.Path, "check", "damascus.json").ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void Suppressed_Text() =>
        Assert.That(Check("text").Output, Does.Contain($"damascus.txt(4,1): error ATTR001: ").And.Contain($"[suppressed: {SeedFixtures.SuppressionReason}]"));

    [Test]
    public void Suppressed_Json()
    {
        var finding = JsonNode.Parse(Check("json").Output)!["articles"]![0]!["findings"]!.AsArray().Single(f => (string?)f!["rule"] == "ATTR001")!;
        Assert.That((bool)finding["suppressed"]!, Is.True);
        Assert.That((string?)finding["suppressionReason"], Is.EqualTo(SeedFixtures.SuppressionReason));
    }

    [Test]
    public void Suppressed_Jsonl()
    {
        var finding = JsonNode.Parse(Check("jsonl").Output.TrimEnd('\n'))!["findings"]!.AsArray().Single(f => (string?)f!["rule"] == "ATTR001")!;
        Assert.That((bool)finding["suppressed"]!, Is.True);
        Assert.That((string?)finding["suppressionReason"], Is.EqualTo(SeedFixtures.SuppressionReason));
    }

    [Test]
    public void Suppressed_Sarif()
    {
        var output = Check("sarif").Output;
        SarifSchema.AssertValid(output);

        var results = JsonNode.Parse(output)!["runs"]![0]!["results"]!.AsArray();
        var suppressed = results.Single(r => (string?)r!["ruleId"] == "ATTR001")!;
        Assert.That((string?)suppressed["level"], Is.EqualTo("error"));
        Assert.That((string?)suppressed["suppressions"]![0]!["kind"], Is.EqualTo("inSource"));
        Assert.That((string?)suppressed["suppressions"]![0]!["justification"], Is.EqualTo(SeedFixtures.SuppressionReason));
        Assert.That(results.Where(r => (string?)r!["ruleId"] != "ATTR001").Select(r => r!["suppressions"]), Has.All.Null);
    }

    [Test]
    public void Suppressed_JUnit_TheRulePassesAndListsTheFinding()
    {
        var testCase = XDocument.Parse(Check("junit").Output).Descendants("testcase")
            .Single(t => ((string)t.Attribute("name")!).StartsWith("ATTR001 ", StringComparison.Ordinal));

        Assert.That(testCase.Element("failure"), Is.Null);
        Assert.That((string?)testCase.Element("system-out"), Does.Contain($"error ATTR001: ").And.Contain($"[suppressed: {SeedFixtures.SuppressionReason}]"));
    }

    [Test]
    public void Suppressed_Markdown()
    {
        var output = Check("markdown").Output;

        // ATTR001's error is suppressed: no errors, one suppressed (ATTR004 and ATTR005 still fail without the channel).
        Assert.That(output, Does.Contain($"- **error** `ATTR001` at `damascus.txt(4,1)` *(suppressed: {SeedFixtures.SuppressionReason})*: "));
        Assert.That(output, Does.Contain("| damascus.txt | 11 | 7 | 8 | 61% | 0 | 6 | 5 | 1 |"));
    }
}
