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
}
