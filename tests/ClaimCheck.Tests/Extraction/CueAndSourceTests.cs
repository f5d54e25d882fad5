using ClaimCheck.Extraction.Lexicons;
using ClaimCheck.Model;

namespace ClaimCheck.Tests.Extraction;

public sealed class CueAndSourceTests
{
    [Test]
    public void CueLexicon_HasAtLeast150Lemmas_WithInflections()
    {
        var cues = Lexicon.Default.Cues;

        Assert.That(cues.LemmaCount, Is.GreaterThanOrEqualTo(150));
        Assert.That(cues.Match(["stated"], 0)!.Value.Lemma, Is.EqualTo("state"));
        Assert.That(cues.Match(["denies"], 0)!.Value.Lemma, Is.EqualTo("deny"));
        Assert.That(cues.Match(["pointed", "out"], 0)!.Value, Is.EqualTo((2, "point out")));
        Assert.That(cues.Match(["according", "to"], 0)!.Value.Lemma, Is.EqualTo("according to"));
    }

    [Test]
    public void TitleBeforeTheName_IsTheMentionsTitle_WithoutTheDemonym()
    {
        var article = Extract.Text("Russian Deputy Foreign Minister Sergey Vershinin said talks would go on.");
        var person = article.Entities.Single(e => e.Kind == EntityKind.Person);

        Assert.That(person.Name, Is.EqualTo("Sergey Vershinin"));
        Assert.That(person.Mentions[0].Title, Is.EqualTo("Deputy Foreign Minister"));
        Assert.That(article.Statements.Single().Source.Role, Is.EqualTo("Deputy Foreign Minister"));
    }

    [Test]
    public void AnonymousSource_WithAReason_IsMarkedAnonymousWithDescriptionAndReason()
    {
        var article = Extract.Text("The Harbour Workers' Union called a strike. A union official who asked not to be named because the talks are private said a deal was close.");
        var source = article.Statements.Single(s => s.Source.Anonymous).Source;

        Assert.That(source.Description, Is.EqualTo("a union official"));
        Assert.That(source.Reason, Is.EqualTo("the talks are private"));
        Assert.That(article.EntityOf(source.Organization).Name, Is.EqualTo("Harbour Workers' Union"));
        Assert.That(source.Entity, Is.Null);
    }

    [TestCase("Diplomats said the talks had stalled.", "diplomats")]
    [TestCase("The talks had stalled, officials said.", "officials")]
    [TestCase("A source close to the negotiations said the talks had stalled.", "a source close to the negotiations")]
    public void UnnamedSources_AreAnonymous(string text, string description)
    {
        var source = Extract.Text(text).Statements.Single().Source;

        Assert.That(source.Anonymous, Is.True);
        Assert.That(source.Description, Is.EqualTo(description));
    }

    [Test]
    public void LaterMentions_ResolveBySurnamePronounAndDescription()
    {
        var article = Extract.Text(
            "The Kestrel Port Authority raised its offer. Marcus Lee, a spokesperson for the port authority, said the offer was fair.\n" +
            "Lee said talks would resume. He said the authority would wait.\n");
        var lee = article.Entities.Single(e => e.Name == "Marcus Lee");
        var authority = article.Entities.Single(e => e.Name == "Kestrel Port Authority");

        Assert.That(lee.Mentions.Select(m => m.Text), Is.EqualTo(new[] { "Marcus Lee", "Lee", "He" }));
        Assert.That(authority.Mentions.Select(m => m.Text), Does.Contain("the port authority").And.Contain("the authority"));
        Assert.That(article.Statements.All(s => s.Source.Entity == lee.Id), Is.True);
        Assert.That(article.Statements.All(s => s.Source.Organization == authority.Id), Is.True);
    }

    [Test]
    public void TheWordsBeforeACue_MustBeASourcePhrase()
    {
        var article = Extract.Text("It is worth noting that the port reopened. Prices rose, and analysts noted the change.");

        Assert.That(article.Statements.Select(s => s.Source.Text), Is.EqualTo(new[] { "analysts" }));
    }
}
