using ClaimCheck.Diagnostics;
using ClaimCheck.Model.Loading;
using ClaimCheck.Tests.Support;
using ClaimCheck.Text;
using static ClaimCheck.Tests.Model.LoaderFixtures;

namespace ClaimCheck.Tests.Model;

/// <summary>Loading model files from disk: formats, unreadable files, and the source file findings point into.</summary>
[TestFixture]
public sealed class ArticleLoaderTests
{
    private TempFolder _scratch = null!;

    [SetUp]
    public void CreateScratch() => _scratch = new TempFolder();

    [TearDown]
    public void DeleteScratch() => _scratch.Dispose();

    [TestCase("damascus")]
    [TestCase("port-strike")]
    public void Load_Example_HasNoDiagnosticsAndPointsIntoItsTextFile(string name)
    {
        var model = RepoPaths.Of("examples", name + ".json");

        var result = ArticleLoader.Load(model);

        LoaderAssert.Clean(result);
        var document = result.Document!;
        Assert.That(document.Display.Path, Is.EqualTo(RepoPaths.Of("examples", name + ".txt").Replace('\\', '/')));
        Assert.That(document.Display.Text, Is.EqualTo(File.ReadAllText(RepoPaths.Of("examples", name + ".txt"))));
        Assert.That(document.Article.Statements, Is.Not.Empty);
    }

    [Test]
    public void Parse_SmallModel_HasNoDiagnostics()
    {
        var result = ParseJson(SmallJson);

        LoaderAssert.Clean(result);
        Assert.That(result.Document!.Display.Path, Is.EqualTo("models/small.json"));
        Assert.That(result.Document.Article.Claims[0].Statement, Is.EqualTo("s1"));
    }

    [Test]
    public void Parse_SchemaProperty_IsIgnored()
    {
        var json = SmallJson.With("\"id\": \"a1\",", "\"$schema\": \"../schemas/article.schema.json\", \"id\": \"a1\",");

        LoaderAssert.Clean(ParseJson(json));
    }

    [Test]
    public void Parse_Diagnostic_PrintsModelPathLineAndColumn()
    {
        var json = SmallJson.With("\"form\": \"direct\"", "\"form\": \"quoted\"");

        var result = ArticleLoader.Parse(json, "examples\\x.json", ModelFormat.Json);

        Assert.That(result.Diagnostics.Select(DiagnosticFormatter.FormatLine), Is.EqualTo(new[]
        {
            "examples/x.json(24,15): error CC4003: Field 'statements[0].form': expected one of direct, indirect, mixed, found 'quoted'.",
        }));
        Assert.That(result.Document, Is.Null);
    }

    [Test]
    public void Load_MissingFile_ReportsCC4001WithPath()
    {
        var path = Path.Combine(_scratch.Path, "absent.json");

        var result = ArticleLoader.Load(path);

        Assert.That(result.Document, Is.Null);
        var diagnostic = result.Diagnostics.Single();
        Assert.That(diagnostic.Id, Is.EqualTo("CC4001"));
        Assert.That(diagnostic.DisplayPath, Is.EqualTo(path.Replace('\\', '/')));
        Assert.That(diagnostic.Message, Does.Contain("does not exist"));
    }

    [Test]
    public void Load_Folder_ReportsCC4001()
    {
        var path = Path.Combine(_scratch.Path, "folder.json");
        Directory.CreateDirectory(path);

        var result = ArticleLoader.Load(path);

        Assert.That(result.Diagnostics.Single().Id, Is.EqualTo("CC4001"));
        Assert.That(result.Diagnostics.Single().Message, Does.Contain("is a folder"));
    }

    [TestCase("article.docx")]
    [TestCase("article.pdf")]
    [TestCase("article")]
    public void Load_UnsupportedExtension_ReportsCC4008WithPath(string name)
    {
        var path = Path.Combine(_scratch.Path, name);
        File.WriteAllText(path, SmallJson);

        var result = ArticleLoader.Load(path);

        var diagnostic = result.Diagnostics.Single();
        Assert.That(diagnostic.Id, Is.EqualTo("CC4008"));
        Assert.That(diagnostic.DisplayPath, Is.EqualTo(path.Replace('\\', '/')));
        Assert.That(diagnostic.Message, Does.StartWith($"'{path.Replace('\\', '/')}' is not an article format"));
        Assert.That(result.Document, Is.Null);
    }

    [TestCase("a.json", ModelFormat.Json)]
    [TestCase("a.JSON", ModelFormat.Json)]
    [TestCase("a.yaml", ModelFormat.Yaml)]
    [TestCase("dir.v2/a.yml", ModelFormat.Yaml)]
    public void FormatOf_ModelExtension_IsRecognised(string path, ModelFormat format) =>
        Assert.That(ArticleLoader.FormatOf(path), Is.EqualTo(format));

    [Test]
    public void Load_YamlFile_LoadsLikeJson()
    {
        var path = Path.Combine(_scratch.Path, "small.yml");
        File.WriteAllText(path, SmallYaml);

        LoaderAssert.Clean(ArticleLoader.Load(path));
    }

    [Test]
    public void Load_SourceFileMatches_LocationsPointIntoSourceFile()
    {
        var model = WriteModelWithSource("article.txt", "The ministry’s spokesperson said “yes”.", "[]");

        var result = ArticleLoader.Load(model);

        LoaderAssert.Clean(result);
        var location = result.Document!.Locate(new TextSpan(34, 3));
        Assert.That(location.Path, Is.EqualTo(Path.Combine(_scratch.Path, "article.txt").Replace('\\', '/')));
        Assert.That(location.Start, Is.EqualTo(new LinePosition(0, 34)));
    }

    [Test]
    public void Load_SourceMapSegments_MapIntoSourceFile()
    {
        var model = WriteModelWithSource("article.html", "<p>The ministry’s spokesperson said “yes”.</p>", """[{ "start": 0, "length": 39, "sourceStart": 3 }]""");

        var result = ArticleLoader.Load(model);

        LoaderAssert.Clean(result);
        var location = result.Document!.Locate(new TextSpan(34, 3));
        Assert.That(location.Path, Does.EndWith("/article.html"));
        Assert.That(location.Text.ToString(location.Span), Is.EqualTo("yes"));
    }

    [Test]
    public void Load_SourceFileDiffers_ReportsCC4010AndPointsIntoModelText()
    {
        var model = WriteModelWithSource("article.txt", "The ministry's spokesperson said \"yes\".", "[]");

        var result = ArticleLoader.Load(model);

        var diagnostic = LoaderAssert.Reports(result, "CC4010", 3, 23, "source.path");
        Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Warning));
        Assert.That(result.Document, Is.Not.Null);
        Assert.That(result.Document!.Display.Path, Is.EqualTo(model.Replace('\\', '/')));
        Assert.That(result.Document.Display.Text, Is.EqualTo(result.Document.Article.Text));
    }

    [Test]
    public void Load_SourceFileMissing_FallsBackQuietly()
    {
        var model = WriteModelWithSource("article.txt", content: null, "[]");

        var result = ArticleLoader.Load(model);

        LoaderAssert.Clean(result);
        Assert.That(result.Document!.Display.Path, Is.EqualTo(model.Replace('\\', '/')));
    }

    [TestCase("examples/damascus.json", "damascus.txt", "examples/damascus.txt")]
    [TestCase("damascus.json", "damascus.txt", "damascus.txt")]
    [TestCase("a/b/model.json", "../texts/./x.txt", "a/texts/x.txt")]
    [TestCase("../model.json", "../x.txt", "../../x.txt")]
    public void JoinDisplay_RelativeSource_IsJoinedToModelFolder(string model, string source, string expected) =>
        Assert.That(ArticleDocumentFactory.JoinDisplay(model, source), Is.EqualTo(expected));

    [Test]
    public void Parse_ByteOrderMark_DoesNotShiftColumns()
    {
        var json = "\uFEFF" + SmallJson.With("\"form\": \"direct\"", "\"form\": \"quoted\"");

        LoaderAssert.Reports(ParseJson(json), "CC4003", 24, 15, "statements[0].form");
    }

    /// <summary>Writes a one-line model whose source names <paramref name="sourceName"/> (written unless null).</summary>
    private string WriteModelWithSource(string sourceName, string? content, string map)
    {
        if (content is not null)
            File.WriteAllText(Path.Combine(_scratch.Path, sourceName), content);
        var model = Path.Combine(_scratch.Path, "model.json");
        File.WriteAllText(model, $$"""
            {
              "id": "a1",
              "source": { "path": "{{sourceName}}", "map": {{map}} },
              "text": "The ministry’s spokesperson said “yes”."
            }
            """);
        return model;
    }
}
