namespace ClaimCheck.Tests.Extraction;

public sealed class SegmentationTests
{
    private static List<string> Sentences(string text)
    {
        var article = Extract.Text(text);
        return article.Sentences.Select(s => article.Slice(s.Span)).ToList();
    }

    [TestCase("Gen. Ali Hassan arrived. He spoke briefly.", "Gen. Ali Hassan arrived.")]
    [TestCase("Lt. Col. Dana Frost said the unit left. It was late.", "Lt. Col. Dana Frost said the unit left.")]
    [TestCase("The U.S. and the U.N. agreed. Talks resume.", "The U.S. and the U.N. agreed.")]
    [TestCase("Dr. Mara Vos said it on Jan. 12 in Riga. Nobody objected.", "Dr. Mara Vos said it on Jan. 12 in Riga.")]
    [TestCase("J. R. Olsen wrote the report. It was long.", "J. R. Olsen wrote the report.")]
    [TestCase("Exports rose 4.5 percent. Imports fell.", "Exports rose 4.5 percent.")]
    [TestCase("He paused... and went on. Then he left.", "He paused... and went on.")]
    public void Sentences_SurviveAbbreviationsInitialsDecimalsAndEllipses(string text, string first)
    {
        var sentences = Sentences(text);

        Assert.That(sentences, Has.Count.EqualTo(2));
        Assert.That(sentences[0], Is.EqualTo(first));
    }

    [Test]
    public void Sentences_EndAfterAClosingQuote()
    {
        var sentences = Sentences("He called it \"fair and final.\" \"The port cannot pay,\" Lee said.");

        Assert.That(sentences, Is.EqualTo(new[] { "He called it \"fair and final.\"", "\"The port cannot pay,\" Lee said." }));
    }

    [Test]
    public void Sentences_DoNotSplitInsideAClosedQuotation()
    {
        var sentences = Sentences("\"We waited. We are done,\" Whitfield said.");

        Assert.That(sentences, Has.Count.EqualTo(1));
    }

    [Test]
    public void Paragraphs_AreTheNonEmptyLines_AndAHeadlineIsParagraphZero()
    {
        var article = Extract.Text("Port Reopens After Strike\n\nThe port reopened on Monday.\n\n\nShips docked.\n");

        Assert.That(article.Paragraphs.Select(p => article.Slice(p.Span)), Is.EqualTo(new[] { "Port Reopens After Strike", "The port reopened on Monday.", "Ships docked." }));
        Assert.That(article.Headline, Is.EqualTo("Port Reopens After Strike"));
    }
}
