using System.Xml.Linq;
using ClaimCheck.Model;
using ClaimCheck.Reporting;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Reporting;

public class JUnitReportTests
{
    private static XDocument Render(string rules, Article article)
    {
        var ruleSet = RuleSet.FromText(rules);
        var result = ruleSet.Check(TestArticles.Document(article));
        var writer = new StringWriter { NewLine = "\n" };
        new JUnitReportWriter().Write(new ComplianceReport(ruleSet.Rules, [result], []), writer);
        return XDocument.Parse(writer.ToString());
    }

    [Test]
    public void JUnit_EachOutcome_IsATestCaseWithItsStatus()
    {
        // P1 throws on the broken paragraph span (CC6001), S1 fails, Q1 applies to nothing.
        var broken = TestArticles.Port() with { Paragraphs = [new Paragraph { Index = 0, Span = new ClaimCheck.Text.TextSpan(-5, 2) }] };
        var xml = Render("rule P1 \"Paragraphs\"\n  for each paragraph p\n  require p.text is present\n" +
                         "rule S1 \"Statements\"\n  severity error\n  for each statement s\n  report \"Statement <{s.cue.text}>.\"\n" +
                         "rule Q1 \"Long quotes\"\n  for each quote q where q.words > 100\n  report\n", broken);

        var suite = xml.Root!.Element("testsuite")!;
        Assert.That(((string?)suite.Attribute("name"), (string?)suite.Attribute("tests"), (string?)suite.Attribute("failures"), (string?)suite.Attribute("errors"), (string?)suite.Attribute("skipped")),
            Is.EqualTo(("port.json", "3", "1", "1", "1")));
        var cases = suite.Elements("testcase").ToDictionary(c => (string)c.Attribute("name")!);
        Assert.That((string?)cases["P1 Paragraphs"].Element("error")!.Attribute("type"), Is.EqualTo("CC6001"));
        var failure = cases["S1 Statements"].Element("failure")!;
        Assert.That(((string?)failure.Attribute("message"), (string?)failure.Attribute("type")), Is.EqualTo(("2 findings.", "error")));
        Assert.That(failure.Value, Does.Contain("port.json(1,1): error S1: Statement <said>.\n"));
        Assert.That(cases["Q1 Long quotes"].Element("skipped"), Is.Not.Null);
        Assert.That((string?)cases["S1 Statements"].Attribute("classname"), Is.EqualTo("S"));
    }

    [Test]
    public void JUnit_ControlCharactersInArticleText_StillGiveWellFormedXml()
    {
        var article = TestArticles.Port() with { Text = TestArticles.Text.Replace("Officials", "Offic\u0001als", StringComparison.Ordinal) };

        var xml = Render("rule S1\n  for each statement s\n  report \"{s.text}\"\n", article);

        Assert.That(xml.Descendants("failure").Single().Value, Does.Contain("Offic\uFFFDals"));
    }

    [Test]
    public void JUnit_UnreadableInput_IsAnErroringSuite()
    {
        var result = CliRunner.RunInRepo("check", "examples/damascus.json", "examples/missing.json", "--format", "junit");

        var suites = XDocument.Parse(result.Output).Root!.Elements("testsuite").ToList();
        Assert.That(suites.Select(s => (string?)s.Attribute("name")), Is.EqualTo(new[] { "examples/damascus.txt", "examples/missing.json" }));
        Assert.That((string?)suites[1].Descendants("error").Single().Attribute("type"), Is.EqualTo("CC9001"));
    }
}
