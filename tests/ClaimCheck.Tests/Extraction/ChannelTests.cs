namespace ClaimCheck.Tests.Extraction;

public sealed class ChannelTests
{
    [TestCase("Dana Whitfield told Reuters the strike would go on.", "remarks", "told Reuters", "Reuters")]
    [TestCase("Dana Whitfield said in an interview with Radio Norte that the strike would go on.", "interview", "in an interview with Radio Norte", "Radio Norte")]
    [TestCase("Dana Whitfield said in a post on Harbour News that the strike would go on.", "post", "in a post on Harbour News", "Harbour News")]
    [TestCase("The strike will go on, according to a statement issued by the Harbour Workers' Union.", "statement", "a statement issued by the Harbour Workers' Union", "Harbour Workers' Union")]
    [TestCase("Dana Whitfield told reporters at the gate that the strike would go on.", "briefing", "told reporters at the gate", null)]
    public void Channels_AreFoundWithTheirOutletOrIssuer(string text, string kind, string phrase, string? outlet)
    {
        var article = Extract.Text(text);
        var channel = article.Statements.Single().Channel!;

        Assert.That(channel.Kind, Is.EqualTo(kind));
        Assert.That(channel.Text, Is.EqualTo(phrase));
        Assert.That(channel.Outlet is null ? null : article.EntityOf(channel.Outlet).Name, Is.EqualTo(outlet));
    }

    [Test]
    public void AChannel_CarriesToTheNextSentence_WhenItContinuesTheSameAccount()
    {
        var article = Extract.Text(
            "Dana Whitfield met Marcus Lee, according to a statement issued by the Harbour Workers' Union.\n" +
            "Lee affirmed that talks would resume.\n" +
            "Tomas Brandt said the shelves were empty.\n");

        Assert.That(article.Statements[1].Channel!.Kind, Is.EqualTo("statement"));
        Assert.That(article.Statements[2].Channel, Is.Null, "Brandt is not part of the account");
    }
}
