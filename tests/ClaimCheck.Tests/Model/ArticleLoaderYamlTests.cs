using System.Text;
using System.Text.Json;
using ClaimCheck.Model.Loading;
using ClaimCheck.Model.Serialization;
using ClaimCheck.Tests.Support;
using YamlDotNet.Serialization;
using static ClaimCheck.Tests.Model.LoaderFixtures;

namespace ClaimCheck.Tests.Model;

/// <summary>YAML models load like their JSON equivalents, and problems are located in the YAML.</summary>
[TestFixture]
public sealed class ArticleLoaderYamlTests
{
    [Test]
    public void Parse_YamlSmallModel_EqualsJson()
    {
        var yaml = ParseYaml(SmallYaml);
        var json = ParseJson(SmallJson);

        LoaderAssert.Clean(yaml);
        Assert.That(ArticleJson.Serialize(yaml.Document!.Article), Is.EqualTo(ArticleJson.Serialize(json.Document!.Article)));
    }

    [TestCase("damascus")]
    [TestCase("port-strike")]
    public void Parse_ExampleWrittenAsYaml_EqualsJson(string name)
    {
        var jsonPath = RepoPaths.Of("examples", name + ".json");
        var yaml = ToYaml(File.ReadAllText(jsonPath));

        // Named as if beside the JSON, so its source path finds the same text file.
        var fromYaml = ArticleLoader.Parse(yaml, RepoPaths.Of("examples", name + ".yaml"), ModelFormat.Yaml);
        var fromJson = ArticleLoader.Load(jsonPath);

        LoaderAssert.Clean(fromYaml);
        Assert.That(ArticleJson.Serialize(fromYaml.Document!.Article), Is.EqualTo(ArticleJson.Serialize(fromJson.Document!.Article)));
        Assert.That(fromYaml.Document.Display.Text, Is.EqualTo(fromJson.Document.Display.Text));
    }

    [Test]
    public void Parse_ExtractYamlOutput_LoadsBackUnchanged()
    {
        var original = ArticleLoader.Load(RepoPaths.Of("examples", "port-strike.json")).Document!.Article;
        var yaml = ArticleYaml.FromJson(ArticleJson.Serialize(original));

        var reloaded = ArticleLoader.Parse(yaml, "port-strike.yaml", ModelFormat.Yaml);

        LoaderAssert.Clean(reloaded);
        Assert.That(ArticleJson.Serialize(reloaded.Document!.Article), Is.EqualTo(ArticleJson.Serialize(original)));
    }

    [Test]
    public void Parse_YamlPlainScalars_TakeTheTypesTheModelExpects()
    {
        var yaml = SmallYaml
            .With("id: a1", "id: 2015\npublished: 2025-04-14")
            .With("name: Spokesperson", "name: true");

        var result = ParseYaml(yaml);

        LoaderAssert.Clean(result);
        var article = result.Document!.Article;
        Assert.That(article.Id, Is.EqualTo("2015"));
        Assert.That(article.Published, Is.EqualTo(new DateOnly(2025, 4, 14)));
        Assert.That(article.Entities[1].Name, Is.EqualTo("true"));
        Assert.That(article.Claims[0].Attributed, Is.True);
    }

    [Test]
    public void Parse_YamlAliases_AreExpanded()
    {
        var yaml = SmallYaml
            .With("span: {start: 34, end: 37}\n    channel", "span: &yes {start: 34, end: 37}\n    channel")
            .With("    span: {start: 34, end: 37}\n    attributed", "    span: *yes\n    attributed");

        var result = ParseYaml(yaml);

        LoaderAssert.Clean(result);
        Assert.That(result.Document!.Article.Claims[0].Span, Is.EqualTo(result.Document.Article.Statements[0].Quotes[0].Span));
    }

    [Test]
    public void Parse_YamlSyntaxErrorAfterNonAsciiText_ReportsCC4002AtCharacterColumn()
    {
        var yaml = SmallYaml.With("      text: The ministry’s spokesperson\n", "      text: The ministry’s spokesperson: said\n");

        var diagnostic = LoaderAssert.Reports(ParseYaml(yaml), "CC4002", 19, 40);

        Assert.That(diagnostic.Message, Does.EndWith("."));
    }

    [Test]
    public void Parse_YamlDuplicateKey_ReportsCC4002AtTheSecondKey()
    {
        var yaml = SmallYaml.With("    name: Spokesperson\n", "    name: Spokesperson\n    name: Spokesman\n");

        var diagnostic = LoaderAssert.Reports(ParseYaml(yaml), "CC4002", 13, 5);

        Assert.That(diagnostic.Message, Is.EqualTo("The key 'name' appears more than once in this mapping; keep one."));
    }

    [Test]
    public void Parse_YamlWrongEnumValue_ReportsCC4003AtTheScalar()
    {
        var yaml = SmallYaml.With("form: direct", "form: quoted");

        var diagnostic = LoaderAssert.Reports(ParseYaml(yaml), "CC4003", 23, 11, "statements[0].form");

        Assert.That(diagnostic.Location!.Path, Is.EqualTo("models/small.yaml"));
        Assert.That(diagnostic.Message, Does.EndWith("found 'quoted'."));
    }

    [Test]
    public void Parse_YamlUnknownField_ReportsCC4003AtTheKey()
    {
        var yaml = SmallYaml.With("form: direct", "form: direct\n    forme: direct");

        var diagnostic = LoaderAssert.Reports(ParseYaml(yaml), "CC4003", 24, 5, "statements[0].forme");

        Assert.That(diagnostic.Message, Does.EndWith("did you mean 'form'?"));
    }

    [Test]
    public void Parse_YamlQuotedNumber_ReportsCC4003ExpectedNumber()
    {
        var yaml = SmallYaml.With("      - span: {start: 0, end: 12}", "      - span: {start: '0', end: 12}");

        var diagnostic = LoaderAssert.Reports(ParseYaml(yaml), "CC4003", 9, 23, "entities[0].mentions[0].span.start");

        Assert.That(diagnostic.Message, Does.EndWith("expected a whole number, found '0'."));
    }

    [Test]
    public void Parse_YamlDanglingEntityReference_ReportsCC4006InYamlCoordinates()
    {
        var yaml = SmallYaml.With("entity: e-spokesperson", "entity: e-spokesman");

        LoaderAssert.Reports(ParseYaml(yaml), "CC4006", 20, 15, "statements[0].source.entity");
    }

    [Test]
    public void Parse_YamlEmptyFile_ReportsCC4002()
    {
        var diagnostic = LoaderAssert.Reports(ParseYaml("# nothing here\n"), "CC4002", 1, 1);

        Assert.That(diagnostic.Message, Does.Contain("no YAML document"));
    }

    [Test]
    public void Parse_YamlTwoDocuments_ReportsCC4002AtTheSecond()
    {
        var diagnostic = LoaderAssert.Reports(ParseYaml(SmallYaml + "\n---\nid: a2\n"), "CC4002", 35, 1);

        Assert.That(diagnostic.Message, Does.Contain("more than one YAML document"));
    }

    [Test]
    public void Parse_YamlAliasBomb_ReportsCC4002InsteadOfExpanding()
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 9; i++)
            yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");

        var result = ParseYaml(yaml.ToString());

        Assert.That(result.Diagnostics.Single().Message, Does.Contain("too many values"));
    }

    /// <summary>The JSON model as block YAML, the way a person would write it.</summary>
    private static string ToYaml(string json)
    {
        using var document = JsonDocument.Parse(json);
        return new SerializerBuilder().Build().Serialize(ToPlain(document.RootElement));
    }

    private static object? ToPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToPlain(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(ToPlain).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetInt64(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
