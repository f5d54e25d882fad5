using ClaimCheck.Testing;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ClaimCheck.Checking;
using ClaimCheck.Model;
using ClaimCheck.Reporting;
using ClaimCheck.Reporting.Html;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Reporting.Html;

public class HtmlReportWriterTests
{
    private const string SourceRule = "rule R1 \"Sources are named\"\n  for each statement s\n  require s.source.name is present\n  message \"Name the source ({s.source.description}).\"\n  help \"Say who.\"\n";

    private static string Render(string rules, params Article[] articles)
    {
        var ruleSet = RuleSet.FromText(rules);
        var results = articles.Select(a => ruleSet.Check(TestArticles.Document(a))).ToArray();
        var writer = new StringWriter { NewLine = "\n" };
        new HtmlReportWriter().Write(new ComplianceReport(ruleSet.Rules, [.. results], []), writer);
        return writer.ToString();
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Test]
    public void HtmlReport_Seed_MatchesTheVerifiedSnapshot()
    {
        var result = CliRunner.RunInRepo("check", "examples/damascus.json", "--format", "html");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Snapshot.Verify(result.Output, "html");
    }

    [Test]
    public void HtmlReport_MarkupInUserText_IsShownAsTextNeverAsElements()
    {
        const string headline = "<script>alert(1)</script> & \"Ports\" <img src=x onerror=alert(2)>";
        var article = TestArticles.Port() with { Headline = headline };
        var rules = "rule R1 \"<b>Bold</b> title\"\n  for each statement s\n  require s.source.name is present\n  message \"Name <i>{s.source.description}</i> & co.\"\n  help \"</aside><script>x()</script>\"\n";

        var document = Parse(Render(rules, article));

        Assert.That(document.QuerySelectorAll("script"), Has.Length.EqualTo(1), "only the page's own script");
        Assert.That(document.QuerySelectorAll("img, b, i"), Is.Empty);
        Assert.That(document.QuerySelector("h2")!.TextContent, Is.EqualTo(headline));
        var note = document.QuerySelector("aside.finding")!;
        Assert.That(note.QuerySelector(".msg")!.TextContent, Is.EqualTo("Name <i>officials</i> & co."));
        Assert.That(note.QuerySelector(".help")!.TextContent, Is.EqualTo("</aside><script>x()</script>"));
        Assert.That(document.QuerySelector("table.rules td")!.TextContent, Is.EqualTo("<b>Bold</b> title"));
    }

    [Test]
    public void HtmlReport_Paragraphs_KeepTheirTextAndEveryHighlightCoversExactlyItsSpan()
    {
        var article = TestArticles.Port();
        var document = Parse(Render(SourceRule, article));

        var paragraphs = document.QuerySelectorAll("p.para");
        Assert.That(paragraphs.Select(TextWithoutBadges), Is.EqualTo(article.Paragraphs.Select(p => article.Text.Substring(p.Span.Start, p.Span.Length))));

        // A highlight split into pieces (to keep elements nested) must still add up to its span's text.
        var pieces = document.QuerySelectorAll("p.para span.hl")
            .GroupBy(e => (e.ClassName, e.GetAttribute("title")))
            .ToDictionary(g => g.Key, g => string.Concat(g.Select(TextWithoutBadges)));
        Assert.That(pieces[("hl hl-statement", "Statement s2 (direct) by Ana Reyes")], Is.EqualTo(TestArticles.Text.Substring(article.Statements[1].Span.Start, article.Statements[1].Span.Length)));
        Assert.That(pieces[("hl hl-quote", "Quote in s2")], Is.EqualTo("talks continue"));
        Assert.That(pieces[("hl hl-channel", "Channel of s2: remarks (Radio Norte)")], Is.EqualTo("in remarks to Radio Norte"));
        Assert.That(pieces[("hl hl-cue", "Cue of s1: say")], Is.EqualTo("said"));
        Assert.That(pieces[("hl hl-source", "Source of s1: officials (anonymous)")], Is.EqualTo("Officials"));
        Assert.That(pieces[("hl hl-claim", "Claim c1 (not attributed)")], Is.EqualTo("Exports fell 12% in 2024"));
    }

    [Test]
    public void HtmlReport_Finding_HasANoteBesideItsParagraphAndAMarkerInIt()
    {
        var document = Parse(Render(SourceRule, TestArticles.Port()));

        var note = document.QuerySelector("aside.finding")!;
        Assert.That(note.Id, Is.EqualTo("f-port-1"));
        Assert.That(note.ClassList, Does.Contain("sev-warning"));
        Assert.That(note.GetAttribute("data-para"), Is.EqualTo("p-port-1"));
        Assert.That(note.QuerySelector(".rule")!.TextContent, Is.EqualTo("R1"));
        Assert.That(note.QuerySelector(".sev")!.TextContent, Is.EqualTo("warning"));
        Assert.That(note.QuerySelector(".help")!.TextContent, Is.EqualTo("Say who."));
        Assert.That(note.ParentElement!.PreviousElementSibling!.Id, Is.EqualTo("p-port-1"), "the note sits in its paragraph's row");
        Assert.That(document.GetElementById("p-port-1")!.QuerySelector("a.badge[href='#f-port-1']")!.TextContent, Is.EqualTo("1"));
    }

    [Test]
    public void HtmlReport_SuppressedFinding_IsShownAsSuppressedWithItsReason()
    {
        var article = TestArticles.Port() with { Suppressions = [new Suppression { Rule = "R1", Reason = "Reviewed by the desk" }] };

        var document = Parse(Render(SourceRule, article));

        var note = document.QuerySelector("aside.finding")!;
        Assert.That(note.ClassList, Does.Contain("suppressed"));
        Assert.That(note.QuerySelector(".supp")!.TextContent, Is.EqualTo("Suppressed: Reviewed by the desk"));
        Assert.That(document.QuerySelector(".totals")!.TextContent, Does.Contain("0 warnings").And.Contain("1 suppressed"));
        Assert.That(document.QuerySelector("#show-suppressed"), Is.Not.Null, "a filter to hide suppressed findings");
    }

    [Test]
    public void HtmlReport_Page_RequestsNothingAndItsPolicyAllowsExactlyItsOwnStyleAndScript()
    {
        var document = Parse(Render(SourceRule, TestArticles.Port()));

        Assert.That(document.QuerySelectorAll("[src], link, iframe, object, embed, img"), Is.Empty);
        Assert.That(document.QuerySelectorAll("[href]").Select(e => e.GetAttribute("href")), Has.All.StartsWith("#"));
        var policy = document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        Assert.That(policy, Does.StartWith("default-src 'none';"));
        Assert.That(policy, Does.Contain($"style-src '{Hash(document.QuerySelector("style")!.TextContent)}'"));
        Assert.That(policy, Does.Contain($"script-src '{Hash(document.QuerySelector("script")!.TextContent)}'"));
    }

    [Test]
    public void HtmlReport_SameInput_SameBytes_AndArticlesWithOneIdGetDistinctPageIds()
    {
        var article = TestArticles.Port();

        var first = Render(SourceRule, article, article);
        var second = Render(SourceRule, article, article);

        Assert.That(second, Is.EqualTo(first));
        var ids = Parse(first).QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Does.Contain("f-port-1").And.Contain("f-port-2-1").And.Contain("a-port-2"));
        Assert.That(Parse(first).QuerySelectorAll("nav.contents a").Select(a => a.GetAttribute("href")), Is.EqualTo(new[] { "#a-port", "#a-port-2" }),
            "a run over several articles lists them at the top");
    }

    [Test]
    public void HtmlReport_ArticleWithoutParagraphs_IsShownAsOneParagraphWithItsFindings()
    {
        var article = TestArticles.Port() with { Paragraphs = [] };

        var document = Parse(Render(SourceRule, article));

        Assert.That(document.QuerySelectorAll("p.para").Select(TextWithoutBadges), Is.EqualTo(new[] { article.Text }));
        Assert.That(document.QuerySelector("aside.finding")!.GetAttribute("data-para"), Is.EqualTo("p-port-1"));
    }

    private static string TextWithoutBadges(IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var badge in copy.QuerySelectorAll("a.badge").ToList())
            badge.Remove();
        return copy.TextContent;
    }

    private static string Hash(string content) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
