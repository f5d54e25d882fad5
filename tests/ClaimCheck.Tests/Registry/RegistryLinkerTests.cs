using ClaimCheck.Model;
using ClaimCheck.Registry;
using ClaimCheck.Registry.Linking;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Registry;

public class RegistryLinkerTests
{
    private const string Yaml = """
        people:
          - id: ahmed
            name: Ahmed al-Sharaa
            aliases: [Ahmad al-Sharaa, Sharaa]
            offices:
              - title: President of Syria
                aliases: [President]
          - id: maher
            name: Maher al-Sharaa
          - id: vershinin
            name: Sergey Vershinin
            offices:
              - title: Deputy Minister of Foreign Affairs
                aliases: [Deputy Foreign Minister]
          - id: anna
            name: Anna Smith
          - id: anne
            name: Anne Smith
            aliases: [A. Smith]
        outlets:
          - id: ria
            name: RIA Novosti
            aliases: [Novosti]
            kind: state-agency
        """;

    private static RegistryLinks Link(params Entity[] entities)
    {
        var registry = RegistryLoader.FromText(Yaml);
        Assert.That(registry.Diagnostics, Is.Empty);
        return RegistryLinker.Link(new Article { Id = "a", Text = "", Entities = entities }, registry.Registry);
    }

    private static Entity Person(string name, params string[] titles) =>
        new() { Id = "e", Name = name, Kind = EntityKind.Person, Titles = titles };

    [TestCase("Ahmed al-Sharaa", "ahmed", "name")]
    [TestCase("Sharaa", "ahmed", "alias")]
    [TestCase("Ahmad al-Shar’a", "ahmed", "transliteration")]
    [TestCase("Ahmad al-Shar'a", "ahmed", "transliteration")]
    [TestCase("AHMAD AL SHARʼA", "ahmed", "transliteration")]
    [TestCase("Maher al-Shar’a", "maher", "transliteration")]
    [TestCase("Vershinin", "vershinin", "surname+title")]
    public void Link_Person_RecordsHowItWasLinked(string name, string id, string method)
    {
        var link = Link(Person(name, "Deputy Foreign Minister")).For("e");

        Assert.That((link?.Entry.Id, link?.Method), Is.EqualTo((id, method)));
    }

    [Test]
    public void Link_SurnameWithoutAMatchingTitle_StaysUnlinked() =>
        Assert.That(Link(Person("Vershinin", "ambassador")).For("e"), Is.Null);

    [Test]
    public void Link_FullNameThatOnlySharesTheSurname_IsNotLinkedBySurname() =>
        Assert.That(Link(Person("Mohammed al-Shar’a", "President")).For("e"), Is.Null);

    [Test]
    public void Link_TwoEntriesFit_LeavesTheEntityUnlinkedWithANote()
    {
        var links = Link(Person("Anna Smyth"), Person("Smith") with { Id = "s", Name = "Ann Smith", Aliases = ["Anne Smith", "Anna Smith"] });

        Assert.That(links.For("s"), Is.Null);
        Assert.That(links.AmbiguityFor("s")?.Note, Is.EqualTo("ambiguous by name: 'anna' (Anna Smith) or 'anne' (Anne Smith)"));
    }

    [Test]
    public void Link_OutletByItsShortName_LinksByAlias_AndPlacesNeverLink()
    {
        var links = Link(
            new Entity { Id = "o", Name = "Novosti", Kind = EntityKind.Outlet },
            new Entity { Id = "p", Name = "Ahmed al-Sharaa", Kind = EntityKind.Place });

        Assert.That((links.For("o")?.Entry.Id, links.For("o")?.Method), Is.EqualTo(("ria", "alias")));
        Assert.That(links.For("p"), Is.Null);
    }

    [Test]
    public void Link_DoesNotChangeTheModel()
    {
        var entity = Person("Sharaa");
        var article = new Article { Id = "a", Text = "", Entities = [entity] };

        RegistryLinker.Link(article, RegistryLoader.FromText(Yaml).Registry);

        Assert.That(article.Entities.Single(), Is.SameAs(entity));
        Assert.That(entity.Aliases, Is.Empty);
    }

    [TestCase("Ahmad al-Shar’a", "ahmad shara")]
    [TestCase("al-Sharaa", "shara")]
    [TestCase("Nour al-Din al-Baba", "nour din baba")]
    [TestCase("Sérgey  Vershinin", "sergey vershinin")]
    [TestCase("Şarâ", "sara")]
    [TestCase("Unit 1000", "unit 1000")]
    public void NameNormalizer_FoldsTransliterations(string name, string key) =>
        Assert.That(NameNormalizer.Key(name), Is.EqualTo(key));
}
