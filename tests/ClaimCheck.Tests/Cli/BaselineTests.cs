using System.Text.Json.Nodes;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Cli;

public class BaselineTests
{
    [TestCase("json")]
    [TestCase("sarif")]
    [TestCase("jsonl")]
    public void Baseline_OfTheSameArticle_ReportsNothingNew(string format)
    {
        using var folder = new TempFolder();
        folder.Copy("examples/damascus.json");
        folder.Copy("examples/damascus.txt");
        CliRunner.Run(folder.Path, "check", "damascus.json", "--format", format, "--output", "previous." + format);

        var result = CliRunner.Run(folder.Path, "check", "damascus.json", "--format", "json", "--baseline", "previous." + format, "--fail-on", "info");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(JsonNode.Parse(result.Output)!["articles"]![0]!["findings"]!.AsArray(), Is.Empty);
        Assert.That(result.Error, Does.Contain("claimcheck: 10 findings matched the baseline and are not reported."));
    }

    [Test]
    public void Baseline_AfterAnEditThatMovesThePassage_StillMatches_AndANewFindingShows()
    {
        using var folder = new TempFolder();
        folder.Copy("examples/damascus.json");
        CliRunner.Run(folder.Path, "check", "damascus.json", "--format", "json", "--output", "previous.json");

        // Insert a paragraph before the closing one (shifting every later span) and drop al-Baba's channel.
        var model = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Path, "damascus.json")))!.AsObject();
        model.Remove("source");
        var text = (string)model["text"]!;
        const string inserted = "Officials in Damascus declined to comment.\n";
        var at = text.IndexOf("It is worth noting", StringComparison.Ordinal);
        model["text"] = text.Insert(at, inserted);
        ShiftSpans(model, at, inserted.Length);
        model["statements"]!.AsArray().Single(s => (string?)s!["id"] == "s2")!.AsObject().Remove("channel");
        File.WriteAllText(Path.Combine(folder.Path, "damascus.json"), model.ToJsonString());

        var result = CliRunner.Run(folder.Path, "check", "damascus.json", "--format", "json", "--baseline", "previous.json");

        var findings = JsonNode.Parse(result.Output)!["articles"]![0]!["findings"]!.AsArray();
        // Only al-Baba's statement, which lost its channel, has new findings; the moved closing paragraph's are known.
        Assert.That(findings.Select(f => (string)f!["rule"]!), Does.Contain("ATTR001"));
        Assert.That(findings.Select(f => (string)f!["evidence"]!), Has.All.StartWith("The ministry’s spokesperson, Nour al-Din al-Baba"));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void Baseline_Malformed_IsCC9011AndExitTwo()
    {
        using var folder = new TempFolder();
        folder.Copy("examples/damascus.json");
        folder.Write("previous.json", "{\"articles\": [{\"nope\": 1}]}");

        var result = CliRunner.Run(folder.Path, "check", "damascus.json", "--baseline", "previous.json");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("previous.json: error CC9011: The baseline is not a ClaimCheck JSON, JSON Lines or SARIF report: it has no findings with fingerprints."));
    }

    [Test]
    public void Baseline_Missing_IsCC9010()
    {
        var result = CliRunner.RunInRepo("check", "examples/damascus.json", "--baseline", "nope.json");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("nope.json: error CC9010: The baseline cannot be read: "));
    }

    private static void ShiftSpans(JsonNode? node, int at, int by)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["start"] is JsonValue start && obj["end"] is JsonValue end && obj.Count == 2)
                {
                    var s = start.GetValue<int>();
                    var e = end.GetValue<int>();
                    obj["start"] = s >= at ? s + by : s;
                    obj["end"] = e >= at ? e + by : e;
                    return;
                }
                foreach (var (_, child) in obj.ToList())
                    ShiftSpans(child, at, by);
                break;
            case JsonArray array:
                foreach (var child in array)
                    ShiftSpans(child, at, by);
                break;
        }
    }
}
