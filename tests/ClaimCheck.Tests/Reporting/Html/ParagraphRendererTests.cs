using ClaimCheck.Reporting.Html;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Reporting.Html;

public class ParagraphRendererTests
{
    private static string Render(string text, params Highlight[] highlights)
    {
        var html = new HtmlBuilder();
        ParagraphRenderer.Render(html, text, new TextSpan(0, text.Length), highlights, []);
        return html.ToString();
    }

    [Test]
    public void Render_QuoteInsideStatementInsideClaim_Nests()
    {
        var html = Render("he said “yes” today",
            new Highlight(HighlightKind.Quote, new TextSpan(9, 3), "q"),
            new Highlight(HighlightKind.Claim, new TextSpan(0, 19), "c"),
            new Highlight(HighlightKind.Statement, new TextSpan(0, 13), "s"));

        Assert.That(html, Is.EqualTo(
            "<span class=\"hl hl-claim\" title=\"c\"><span class=\"hl hl-statement\" title=\"s\">he said “" +
            "<span class=\"hl hl-quote\" title=\"q\">yes</span>”</span> today</span>"));
    }

    [Test]
    public void Render_CrossingSpans_SplitTheInnerOneAndStayWellNested()
    {
        var html = Render("abcdef",
            new Highlight(HighlightKind.Statement, new TextSpan(0, 4), "s"),
            new Highlight(HighlightKind.Claim, new TextSpan(2, 4), "c"));

        Assert.That(html, Is.EqualTo(
            "<span class=\"hl hl-statement\" title=\"s\">ab<span class=\"hl hl-claim\" title=\"c\">cd</span></span>" +
            "<span class=\"hl hl-claim\" title=\"c\">ef</span>"));
    }

    [Test]
    public void Render_SameSpanTwice_NestsInKindOrder_AndEscapesTheText()
    {
        var html = Render("<b>&",
            new Highlight(HighlightKind.Cue, new TextSpan(0, 4), "cue"),
            new Highlight(HighlightKind.Source, new TextSpan(0, 4), "a \"source\""));

        Assert.That(html, Is.EqualTo(
            "<span class=\"hl hl-source\" title=\"a &quot;source&quot;\"><span class=\"hl hl-cue\" title=\"cue\">&lt;b&gt;&amp;</span></span>"));
    }

    [Test]
    public void Render_SpanBeyondTheParagraph_IsClippedToIt()
    {
        var html = new HtmlBuilder();
        ParagraphRenderer.Render(html, "one two three", new TextSpan(4, 3), [new Highlight(HighlightKind.Claim, new TextSpan(0, 13), "c")], []);

        Assert.That(html.ToString(), Is.EqualTo("<span class=\"hl hl-claim\" title=\"c\">two</span>"));
    }
}
