using ClaimCheck.Model;
using ClaimCheck.Reporting;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Reporting;

public class MarkdownReportTests
{
    private static string Render(string rules, Article article)
    {
        var ruleSet = RuleSet.FromText(rules);
        var result = ruleSet.Check(TestArticles.Document(article));
        var writer = new StringWriter { NewLine = "\n" };
        new MarkdownReportWriter().Write(new ComplianceReport(ruleSet.Rules, [result], []), writer);
        return writer.ToString();
    }

    [Test]
    public void Markdown_Finding_HasSeverityRuleLocationMessageExcerptAndHelp()
    {
        var markdown = Render("rule R1 \"Named sources\"\n  for each statement s\n  require s.source.name is present\n  message \"Name the source ({s.source.description}).\"\n  help \"Say who.\"\n", TestArticles.Port());

        Assert.That(markdown, Does.Contain(
            "- **warning** `R1` at `port.json(1,1)`: Name the source (officials).\n\n" +
            "  > <b>Officials said the port would reopen</b>.\n\n" +
            "  Help: Say who.\n\n"));
        Assert.That(markdown, Does.Contain("| port.json | 0 | 1 | 0 | 0% | 0 | 1 | 0 | 0 |\n"));
    }

    [Test]
    public void Markdown_UserTextWithMarkup_IsEscaped()
    {
        var text = TestArticles.Text.Replace("Officials said", "*Officials* | <script> [x](y) said", StringComparison.Ordinal);
        var article = TestArticles.Port() with { Text = text, Statements = [TestArticles.Port().Statements[0] with { Span = new ClaimCheck.Text.TextSpan(0, text.IndexOf(" said", StringComparison.Ordinal)) }] };

        var markdown = Render("rule R1\n  for each statement s\n  report \"{s.text}\"\n", article);

        Assert.That(markdown, Does.Contain(": \\*Officials\\* \\| \\<script\\> \\[x\\](y)\n"));
        Assert.That(markdown, Does.Contain("  > <b>\\*Officials\\* \\| \\<script\\> \\[x\\](y)</b> said"));
        Assert.That(markdown, Does.Not.Contain("<script>"));
    }
}
