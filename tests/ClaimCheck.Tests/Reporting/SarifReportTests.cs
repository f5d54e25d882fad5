using System.Text.Json.Nodes;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Reporting;

public class SarifReportTests
{
    private static JsonNode Sarif(CliRunner.Result result)
    {
        SarifSchema.AssertValid(result.Output);
        return JsonNode.Parse(result.Output)!;
    }

    [Test]
    public void Sarif_WrongLevel_FailsSchemaValidation()
    {
        var log = Sarif(CliRunner.RunInRepo("check", "examples/damascus.json", "--format", "sarif"));
        log["runs"]![0]!["results"]![0]!["level"] = "info";

        var errors = SarifSchema.Errors(log.ToJsonString());

        Assert.That(errors, Has.Some.Contains("/runs/0/results/0/level"));
    }

    [Test]
    public void Sarif_Region_PointsAtTheClaimInTheArticleFile()
    {
        var log = Sarif(CliRunner.RunInRepo("check", "examples/damascus.json", "--format", "sarif"));

        var result = log["runs"]![0]!["results"]!.AsArray().Single(r => (string?)r!["ruleId"] == "CLAIM002")!;
        var location = result["locations"]![0]!["physicalLocation"]!;
        var region = location["region"]!;
        var file = File.ReadAllText(RepoPaths.Of("examples", "damascus.txt"));
        Assert.That((string?)location["artifactLocation"]!["uri"], Is.EqualTo("examples/damascus.txt"));
        Assert.That(((int)region["startLine"]!, (int)region["startColumn"]!), Is.EqualTo((9, 25)));
        Assert.That(file.Substring((int)region["charOffset"]!, (int)region["charLength"]!), Does.StartWith("Russia continues").And.EndWith("Tartus Naval Base"));
        Assert.That((int)region["endLine"]!, Is.EqualTo(9));
        var rules = log["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.That((string?)rules[(int)result["ruleIndex"]!]!["id"], Is.EqualTo("CLAIM002"));
        Assert.That((string?)rules[(int)result["ruleIndex"]!]!["defaultConfiguration"]!["level"], Is.EqualTo("warning"));
    }

    [Test]
    public void Sarif_UnreadableInput_IsAnExecutionNotification()
    {
        var result = CliRunner.RunInRepo("check", "examples/damascus.json", "examples/missing.json", "--format", "sarif");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        var invocation = Sarif(result)["runs"]![0]!["invocations"]![0]!;
        Assert.That((bool)invocation["executionSuccessful"]!, Is.False);
        var notification = invocation["toolExecutionNotifications"]![0]!;
        Assert.That((string?)notification["descriptor"]!["id"], Is.EqualTo("CC9001"));
        Assert.That((string?)notification["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"], Is.EqualTo("examples/missing.json"));
    }

    [Test]
    public void Sarif_PathWithSpaces_IsAnEscapedRelativeUri()
    {
        using var folder = new TempFolder();
        folder.Copy("examples/damascus.txt", "my story.txt");
        var model = SeedFixtures.Model();
        model["source"]!["path"] = "my story.txt";
        folder.Write("my story.json", model.ToJsonString());

        var log = Sarif(CliRunner.Run(folder.Path, "check", "my story.json", "--format", "sarif"));

        Assert.That((string?)log["runs"]![0]!["artifacts"]![0]!["location"]!["uri"], Is.EqualTo("my%20story.txt"));
    }

    [Test]
    public void Sarif_ModelWarning_IsAWarningNotificationAndTheRunSucceeds()
    {
        using var folder = new TempFolder();
        var model = SeedFixtures.Model();
        model["entities"]![0]!["mentions"]![0]!["text"] = "Someone else";
        SeedFixtures.Write(folder, model);

        var result = CliRunner.Run(folder.Path, "check", "damascus.json", "--format", "sarif");

        var invocation = Sarif(result)["runs"]![0]!["invocations"]![0]!;
        Assert.That((bool)invocation["executionSuccessful"]!, Is.True);
        var notification = invocation["toolExecutionNotifications"]!.AsArray().Single()!;
        Assert.That(((string?)notification["descriptor"]!["id"], (string?)notification["level"]), Is.EqualTo(("CC4005", "warning")));
        var region = notification["locations"]![0]!["physicalLocation"]!["region"]!;
        Assert.That((string?)notification["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"], Is.EqualTo("damascus.json"));
        Assert.That((int)region["startLine"]!, Is.EqualTo(1));
    }

    [Test]
    public void Sarif_RuleFileDiagnostics_AreConfigurationNotifications()
    {
        var ruleSet = RuleSet.FromText("rule R1\n  for each statement s\n  report\n");
        var result = ruleSet.Check(TestArticles.Document(TestArticles.Port()));
        var warning = new ClaimCheck.Diagnostics.Diagnostic(ClaimCheck.Diagnostics.DiagnosticDescriptors.SpanTextMismatch,
            new ClaimCheck.Text.TextLocation(ClaimCheck.Text.SourceText.From("rule R1\n", "mine.rules"), new ClaimCheck.Text.TextSpan(5, 2)), "A warning about a rule file.");
        var writer = new StringWriter { NewLine = "\n" };

        new ClaimCheck.Reporting.SarifReportWriter().Write(new ClaimCheck.Reporting.ComplianceReport(ruleSet.Rules, [result], []) { RuleDiagnostics = [warning] }, writer);

        var invocation = Sarif(new CliRunner.Result(0, writer.ToString(), ""))["runs"]![0]!["invocations"]![0]!;
        var notification = invocation["toolConfigurationNotifications"]![0]!;
        Assert.That((string?)notification["message"]!["text"], Is.EqualTo("A warning about a rule file."));
        Assert.That((string?)notification["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"], Is.EqualTo("mine.rules"));
        Assert.That(invocation["toolExecutionNotifications"], Is.Null);
    }

    [TestCase("examples/damascus.txt", "examples/damascus.txt")]
    [TestCase("../desk/my story#2.txt", "../desk/my%20story%232.txt")]
    [TestCase("/srv/archive/2024/a b.txt", "file:///srv/archive/2024/a%20b.txt")]
    [TestCase("bundled:attribution.rules", "bundled:attribution.rules")]
    public void SarifUris_DisplayPath_BecomesAUriReference(string path, string uri) =>
        Assert.That(ClaimCheck.Reporting.SarifUris.Of(path), Is.EqualTo(uri));
}
