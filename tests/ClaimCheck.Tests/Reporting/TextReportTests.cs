using ClaimCheck.Reporting;
using ClaimCheck.Testing;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Reporting;

public class TextReportTests
{
    private static string Render(string rules, bool color = false)
    {
        var ruleSet = RuleSet.FromText(rules);
        var result = ruleSet.Check(TestArticles.Document(TestArticles.Port()));
        var writer = new StringWriter { NewLine = "\n" };
        new TextReportWriter(color).Write(new ComplianceReport(ruleSet.Rules, [result], []), writer);
        return writer.ToString();
    }

    [Test]
    public void TextReport_Finding_HasCompilerLineExcerptCaretsAndHelp()
    {
        var text = Render("rule R1 \"Sources are named\"\n  for each statement s\n  require s.source.name is present\n  message \"Name the source ({s.source.description}).\"\n  help \"Say who.\"\n");

        Assert.That(text, Does.StartWith(
            "port.json(1,1): warning R1: Name the source (officials).\n" +
            "    Officials said the port would reopen.\n" +
            "    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n" +
            "    = help: Say who.\n\n"));
    }

    [Test]
    public void TextReport_Summary_ListsEveryRuleWithStatusAndScore()
    {
        var text = Render("rule A1 \"First\"\n  for each statement s\n  require s.source.name is present\nrule B1 \"Second\"\n  for each quote q where q.words > 100\n  report\n");

        Assert.That(text, Does.Contain("port.json: 0 passed, 1 failed, 1 not applicable; compliance 0%\n"));
        Assert.That(text, Does.Contain("  A1    failed                 1  First\n"));
        Assert.That(text, Does.Contain("  B1    not applicable         0  Second\n"));
        Assert.That(text, Does.EndWith("1 article checked: 0 errors, 1 warning, 0 info.\n"));
    }

    [Test]
    public void TextReport_WithoutColor_HasNoEscapeCodes_WithColor_Has()
    {
        const string rules = "rule R1\n  for each statement s\n  report\n";

        Assert.That(Render(rules), Does.Not.Contain("\u001b["));
        Assert.That(Render(rules, color: true), Does.Contain("\u001b["));
    }

    [Test]
    public async Task TextReport_PortArticle_MatchesItsSnapshot()
    {
        var ruleSet = RuleSet.FromText("rule R1 \"Sources are named\"\n  for each statement s\n  require s.source.name is present\n  message \"Name the source ({s.source.description}).\"\n");
        var result = ruleSet.Check(TestArticles.Document(TestArticles.Port()));

        await Snapshot.VerifyAsync(new ComplianceReport(ruleSet.Rules, [result], []));
    }
}
