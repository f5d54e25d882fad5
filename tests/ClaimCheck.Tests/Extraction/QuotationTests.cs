namespace ClaimCheck.Tests.Extraction;

public sealed class QuotationTests
{
    private static List<string> Quotes(string text) =>
        Extract.Text(text).Statements.SelectMany(s => s.Quotes).Select(q => q.Text).ToList();

    [TestCase("Lee said the offer was “fair and final.”")]
    [TestCase("Lee said the offer was \"fair and final.\"")]
    [TestCase("Lee said the offer was ‘fair and final.’")]
    [TestCase("Lee said the offer was 'fair and final.'")]
    [TestCase("Lee said the offer was «fair and final».")]
    [TestCase("Lee said the offer was „fair and final.“")]
    public void Quotes_InEveryCommonStyle_AreFoundWithoutMarksOrFinalStop(string text)
    {
        Assert.That(Quotes(text), Is.EqualTo(new[] { "fair and final" }));
    }

    [Test]
    public void Apostrophes_InsideNames_AreNotQuotes()
    {
        var article = Extract.Text("Ahmad al-Shar’a said the workers’ union’s offer stands.");

        Assert.That(article.Statements.Single().Quotes, Is.Empty);
        Assert.That(article.Notes, Is.Empty);
    }

    [Test]
    public void NestedQuotes_StayInsideTheOuterQuote()
    {
        var quotes = Quotes("Lee said: “They called it ‘final’ yesterday.”");

        Assert.That(quotes, Is.EqualTo(new[] { "They called it ‘final’ yesterday" }));
    }

    [Test]
    public void AQuoteThatRunsOn_ContinuesInTheNextParagraph_WithTheSameSpeaker()
    {
        var article = Extract.Text(
            "Marcus Lee, a spokesperson for the port authority, said: “We have made our offer.\n" +
            "“We will not make another,” he said.\n");

        Assert.That(article.Notes, Is.Empty, "the wire convention reopens without closing");
        Assert.That(article.Statements, Has.Count.EqualTo(2));
        Assert.That(article.Statements.All(s => s.Source.Entity == article.Statements[0].Source.Entity), Is.True);
        Assert.That(article.Statements[0].Quotes.Single().Text, Is.EqualTo("We have made our offer"));
    }

    [Test]
    public void AQuoteParagraphWithoutAttribution_AfterARunOnQuote_IsTheSameSpeakers()
    {
        var article = Extract.Text(
            "Dana Whitfield said: “We have waited.\n" +
            "“We are done waiting.”\n");

        Assert.That(article.Statements, Has.Count.EqualTo(2));
        Assert.That(article.Statements[1].Cue, Is.Null);
        Assert.That(article.Statements[1].Source.Entity, Is.EqualTo(article.Statements[0].Source.Entity));
    }

    [TestCase("Lee said the offer was “fair and final.", "never closed")]
    [TestCase("Lee said the offer was fair and final.” Talks ended.", "no opening mark")]
    public void UnbalancedQuotes_BecomeANote_NotAnError(string text, string message)
    {
        var article = Extract.Text(text);

        Assert.That(article.Notes.Single().Message, Does.Contain(message));
        Assert.That(article.Notes.Single().Span, Is.Not.Null);
    }
}
