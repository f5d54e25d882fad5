using ClaimCheck.Model;
using ClaimCheck.Model.Loading;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Extraction;

/// <summary>The seed article, extracted from its text, against what its hand-made model says.</summary>
public sealed class SeedExtractionTests
{
    private static Article Seed()
    {
        var loaded = ArticleLoader.Load(RepoPaths.Of("examples", "damascus.txt"));
        Assert.That(loaded.Document, Is.Not.Null, string.Join("\n", loaded.Diagnostics));
        return loaded.Document!.Article;
    }

    private static Statement By(Article article, string name) =>
        article.Statements.Single(s => s.Source.Entity is { } id && article.EntityOf(id).Name == name);

    [Test]
    public void Seed_Ministry_IsTheSourceOfTheFirstStatement()
    {
        var s1 = Seed().Statements[0];

        Assert.That(s1.Source.Text, Is.EqualTo("The Syrian Ministry of Interior"));
        Assert.That(s1.Cue!.Lemma, Is.EqualTo("indicate"));
        Assert.That(s1.Form, Is.EqualTo(StatementForm.Indirect));
        Assert.That(s1.Channel, Is.Null, "the article does not say how the ministry indicated it");
    }

    [Test]
    public void Seed_Spokesperson_HasTwoQuotesTheCueStatedAndTheNovostiChannel()
    {
        var article = Seed();
        var s = By(article, "Nour al-Din al-Baba");

        Assert.That(s.Source.Text, Is.EqualTo("The ministry’s spokesperson, Nour al-Din al-Baba"));
        Assert.That(s.Source.Role, Is.EqualTo("spokesperson"));
        Assert.That(article.EntityOf(s.Source.Organization).Name, Is.EqualTo("Syrian Ministry of Interior"));
        Assert.That(s.Cue!.Text, Is.EqualTo("stated"));
        Assert.That(s.Form, Is.EqualTo(StatementForm.Mixed));
        Assert.That(s.Quotes.Select(q => q.Text), Is.EqualTo(new[]
        {
            "when there are common threats and within prior understandings",
            "remains possible whenever it serves the interests of both countries",
        }));
        Assert.That(s.Channel!.Kind, Is.EqualTo("remarks"));
        Assert.That(s.Channel.Text, Is.EqualTo("in remarks to Russia’s Novosti agency"));
        var outlet = article.EntityOf(s.Channel.Outlet);
        Assert.That((outlet.Name, outlet.Kind, article.EntityOf(outlet.Country).Name), Is.EqualTo(("Novosti", EntityKind.Outlet, "Russia")));
    }

    [Test]
    public void Seed_SecretaryGeneral_ReachesTheArticleThroughTheForeignMinistryStatement()
    {
        var article = Seed();
        var s = By(article, "Maher al-Shar’a");

        Assert.That(s.Source.Role, Is.EqualTo("Secretary-General"));
        Assert.That(s.Cue!.Text, Is.EqualTo("discussed"));
        Assert.That(s.Channel!.Kind, Is.EqualTo("statement"));
        Assert.That(s.Channel.Text, Is.EqualTo("a statement issued by the Russian Ministry of Foreign Affairs"));
        Assert.That(article.EntityOf(s.Channel.Outlet).Name, Is.EqualTo("Russian Ministry of Foreign Affairs"));
    }

    [Test]
    public void Seed_Vershinin_HasTwoQuotesAffirmedWithNotingInTheContentAndTheCarriedChannel()
    {
        var article = Seed();
        var s = By(article, "Sergey Vershinin");

        Assert.That(s.Source.Text, Is.EqualTo("Vershinin"));
        Assert.That(s.Source.Role, Is.EqualTo("Deputy Foreign Minister"), "resolved from the earlier mention");
        Assert.That(s.Cue!.Text, Is.EqualTo("affirmed"));
        Assert.That(s.Content!.Text, Does.Contain("noting that the work of"));
        Assert.That(s.Quotes, Has.Count.EqualTo(2));
        Assert.That(s.Channel!.Text, Is.EqualTo("a statement issued by the Russian Ministry of Foreign Affairs"));
    }

    [Test]
    public void Seed_ClosingParagraph_HasUnattributedClaimsWithTheYear2015()
    {
        var article = Seed();
        var last = article.Paragraphs[^1].Span;
        var claims = article.Claims.Where(c => last.Contains(c.Span)).ToList();

        Assert.That(claims, Has.Count.EqualTo(2));
        Assert.That(claims.All(c => !c.Attributed), Is.True);
        Assert.That(claims[0].Text, Does.StartWith("Russia continues to maintain"), "the framing 'It is worth noting that' is left out");
        Assert.That(claims[0].Values.Single(), Has.Property(nameof(ClaimValue.Kind)).EqualTo(ValueKind.Year).And.Property(nameof(ClaimValue.Value)).EqualTo("2015"));
    }

    [Test]
    public void Seed_ExtractedModel_HasTheStatementsOfTheHandMadeModel()
    {
        var extracted = Seed();
        var gold = ArticleLoader.Load(RepoPaths.Of("examples", "damascus.json")).Document!.Article;

        Assert.That(extracted.Statements.Select(s => (s.Span, s.Cue?.Text, s.Form)), Is.EqualTo(gold.Statements.Select(s => (s.Span, s.Cue?.Text, s.Form))));
    }

    [Test]
    public void Check_SeedText_GivesTheFindingsOfTheHandMadeModel()
    {
        var fromText = CliRunner.RunInRepo("check", "examples/damascus.txt", "--no-color");
        var fromModel = CliRunner.RunInRepo("check", "examples/damascus.json", "--no-color");

        Assert.That(Findings(fromText.Output), Is.EqualTo(Findings(fromModel.Output)));
        Assert.That(Findings(fromText.Output), Is.Not.Empty);
    }

    /// <summary>"examples/damascus.txt(9,25): warning CLAIM001" of each finding line: where and which rule.</summary>
    private static List<string> Findings(string report) =>
        report.Split('\n').Where(l => l.StartsWith("examples/", StringComparison.Ordinal) && l.Contains(": "))
            .Select(l => string.Join(' ', l.Split(' ').Take(3)))
            .Where(l => l.Contains("(", StringComparison.Ordinal))
            .ToList();
}
