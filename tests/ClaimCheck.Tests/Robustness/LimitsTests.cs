using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Robustness;

/// <summary>Hostile sizes and shapes end with a diagnostic or a result, never a crash or a hang.</summary>
public class LimitsTests
{
    [Test]
    public void ThousandsOfRules_BindAndCheck()
    {
        var rules = new StringBuilder();
        for (var i = 0; i < 5000; i++)
            rules.Append($"rule GEN{i:D4} \"Generated {i}\"\n  for each statement s\n  where s.cue.lemma = \"say{i}\"\n  report\n");

        var ruleSet = RuleSet.FromText(rules.ToString());
        var result = ruleSet.Check(TestArticles.Document(TestArticles.Port()));

        Assert.That(ruleSet.Rules.Length, Is.EqualTo(5000));
        Assert.That(result.Outcomes.Count(o => o.Status == ClaimCheck.Checking.RuleStatus.NotApplicable), Is.EqualTo(5000));
    }

    [Test]
    public void VeryLongLine_InARuleFile_GivesALocatedDiagnostic()
    {
        var text = "rule R1\n  require " + string.Join(" and ", Enumerable.Repeat("article.text is present", 20_000)) + " and = \n";

        var diagnostic = RuleSet.FromText(text).Diagnostics.Single();

        Assert.That(diagnostic.Id, Is.EqualTo("CC1001"));
        Assert.That(diagnostic.Location!.Start.Line, Is.EqualTo(1));
    }

    [Test]
    public void HugeNumber_IsAnInvalidLiteral() =>
        DiagnosticAssert.Markup("rule R1\n  require article.words < {|CC2020:" + new string('9', 400) + "|}\n");

    [Test]
    public void CatastrophicRegex_AgainstALongRunOfAs_RunsInLinearTime()
    {
        var text = new string('a', 200_000) + "!";
        var article = TestArticles.Port() with { Text = text, Paragraphs = [], Sentences = [], Entities = [], Statements = [], Claims = [] };
        var ruleSet = RuleSet.FromText("rule R1\n  forbid article.text matches /(a+)+$/\n");

        var task = Task.Run(() => ruleSet.Check(ClaimCheck.Model.ArticleDocument.ForText(article, "a.json")));

        Assert.That(task.Wait(TimeSpan.FromSeconds(20)), Is.True, "a backtracking engine would not finish");
        Assert.That(task.Result.Outcomes.Single().Status, Is.EqualTo(ClaimCheck.Checking.RuleStatus.Passed));
    }

    [Test]
    public void FiftyMegabyteArticle_IsChecked()
    {
        using var folder = new TempFolder();
        var paragraph = string.Concat(Enumerable.Repeat("Officials said the port would reopen on Monday. ", 1_050_000));
        var model = new JsonObject { ["id"] = "big", ["text"] = paragraph, ["paragraphs"] = new JsonArray(new JsonObject { ["index"] = 0, ["span"] = new JsonObject { ["start"] = 0, ["end"] = paragraph.Length } }) };
        File.WriteAllText(Path.Combine(folder.Path, "big.json"), model.ToJsonString());
        Assert.That(new FileInfo(Path.Combine(folder.Path, "big.json")).Length, Is.GreaterThan(50_000_000));

        var result = CliRunner.Run(folder.Path, "check", "big.json", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(JsonNode.Parse(result.Output)!["articles"]![0]!["id"]!.GetValue<string>(), Is.EqualTo("big"));
    }
}
