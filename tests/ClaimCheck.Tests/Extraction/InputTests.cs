using System.Text;
using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Input;
using ClaimCheck.Model.Loading;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Extraction;

public sealed class InputTests
{
    private const string Markdown =
        "---\nheadline: Port Reopens\noutlet: Kestrel Wire\nurl: https://example.org/port\npublished: 2025-04-14\nlanguage: en\n---\n\n" +
        "# Port Reopens\n\n" +
        "Dockworkers *returned* on Monday.\n\n" +
        "<!-- claimcheck-disable ATTR001 -->\n\n" +
        "Marcus Lee, a spokesperson for the **port authority**, said the strike\nhad ended.\n";

    [Test]
    public void Markdown_FrontMatterGivesTheMetadata_AndMarkupIsDropped()
    {
        var article = Extract.Text(Markdown, InputFormat.Markdown);

        Assert.That((article.Headline, article.Outlet, article.Url, article.Published, article.Language),
            Is.EqualTo(("Port Reopens", "Kestrel Wire", "https://example.org/port", new DateOnly(2025, 4, 14), "en")));
        Assert.That(article.Text, Is.EqualTo("Port Reopens\nDockworkers returned on Monday.\nMarcus Lee, a spokesperson for the port authority, said the strike had ended.\n"));
        Assert.That(article.Claims.Single(c => c.Text.Contains("Monday")).Values.Single().Value, Is.EqualTo("2025-04-14"));
    }

    [Test]
    public void Markdown_SpansMapBackToTheLinesOfTheFile()
    {
        var result = ArticleExtractor.Extract(Markdown, "story.md", InputFormat.Markdown);
        var document = result.Document!;
        var lee = document.Article.Text.IndexOf("Marcus Lee", StringComparison.Ordinal);
        var ended = document.Article.Text.IndexOf("had ended", StringComparison.Ordinal);

        Assert.That(document.Locate(new Text.TextSpan(lee, 10)).ToString(), Does.StartWith("story.md(15,1)"));
        Assert.That(document.Locate(new Text.TextSpan(ended, 9)).ToString(), Does.StartWith("story.md(16,1)"));
    }

    [Test]
    public void Check_MarkdownArticle_PointsFindingsAtTheMarkdownFile()
    {
        using var folder = new TempFolder();
        folder.Write("story.md", Markdown);

        var result = CliRunner.Run(folder.Path, "check", "story.md", "--no-color");

        Assert.That(result.Output, Does.Contain("story.md(15,1): warning ATTR004"));
    }

    [Test]
    public void Html_TakesTheArticleBody_WithoutNavigationScriptsAndBoilerplate()
    {
        const string html =
            "<html lang=\"en\"><head><title>Port | Wire</title><meta property=\"og:site_name\" content=\"Kestrel Wire\">" +
            "<meta property=\"article:published_time\" content=\"2025-04-14T08:00:00Z\"><script>var x = \"said\";</script></head>" +
            "<body><nav><a href=\"/\">Home</a> <a>World</a></nav><article><h1>Port Reopens</h1>" +
            "<p>Dockworkers returned on <b>Monday</b>.</p><div class=\"share-buttons\"><p>Share this</p></div>" +
            "<p>Marcus Lee, a spokesperson for the port authority, said the strike had ended &amp; ships docked.</p></article>" +
            "<footer><p>Copyright</p></footer></body></html>";

        var result = ArticleExtractor.Extract(html, "story.html", InputFormat.Html);
        var article = result.Document!.Article;

        Assert.That(article.Text, Is.EqualTo("Port Reopens\nDockworkers returned on Monday.\nMarcus Lee, a spokesperson for the port authority, said the strike had ended & ships docked.\n"));
        Assert.That((article.Headline, article.Outlet, article.Published), Is.EqualTo(("Port Reopens", "Kestrel Wire", new DateOnly(2025, 4, 14))));
        var lee = article.Text.IndexOf("Marcus", StringComparison.Ordinal);
        Assert.That(html.Substring(result.Document.Map.ToSource(lee), 6), Is.EqualTo("Marcus"));
    }

    [Test]
    public void StandardInput_IsReadWithTheInputFormat()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = ClaimCheck.Cli.ClaimCheckCli.Run(["extract", "-", "--input-format", "md"], new StringReader("# Title\n\nOfficials said the port reopened.\n"), output, error);

        Assert.That(code, Is.EqualTo(0), error.ToString());
        Assert.That(output.ToString(), Does.Contain("\"description\": \"officials\""));
        Assert.That(output.ToString(), Does.Contain("\"headline\": \"Title\""));
    }

    [Test]
    public void NulCharacter_IsCC4101AtItsPlace()
    {
        var result = ArticleExtractor.Extract("Officials said\nthe port\0 reopened.", "junk.txt", InputFormat.Text);

        Assert.That(result.Document, Is.Null);
        Assert.That(result.Diagnostics.Single().ToString(), Does.StartWith("junk.txt(2,9): error CC4101"));
    }

    [Test]
    public void InvalidUtf8_IsCC4102AtTheFirstBadByte()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "latin1.txt");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" opened.")]);

        var result = ArticleLoader.Load(path);

        Assert.That(result.Document, Is.Null);
        Assert.That(result.Diagnostics.Single().Id, Is.EqualTo("CC4102"));
        Assert.That(result.Diagnostics.Single().Message, Does.Contain("0xE9"));
        Assert.That(result.Diagnostics.Single().Location!.Start, Is.EqualTo(new ClaimCheck.Text.LinePosition(0, 3)), "line 1, column 4: the byte after \"Caf\"");
    }

    [Test]
    public void MalformedFrontMatter_IsCC4103()
    {
        var result = ArticleExtractor.Extract("---\nheadline: [unclosed\n---\nText.\n", "story.md", InputFormat.Markdown);

        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Contain("CC4103"));
    }

    [Test]
    public void BadPublishedDate_IsCC4104AndTheArticleIsStillRead()
    {
        var result = ArticleExtractor.Extract("---\npublished: last Tuesday\n---\nOfficials said the port reopened.\n", "story.md", InputFormat.Markdown);

        Assert.That(result.Diagnostics.Single().Id, Is.EqualTo("CC4104"));
        Assert.That(result.Document!.Article.Statements, Has.Count.EqualTo(1));
    }

    [Test]
    public void EmptyArticle_IsAModelWithWarningCC4106()
    {
        var result = ArticleExtractor.Extract("  \n\n", "empty.txt", InputFormat.Text);

        Assert.That(result.Document!.Article.Paragraphs, Is.Empty);
        Assert.That(result.Diagnostics.Single().Id, Is.EqualTo("CC4106"));
    }

    [Test]
    public void UserLexicon_AddsCues()
    {
        using var folder = new TempFolder();
        folder.Write("lex/cues.txt", "# my cues\nopine\n");
        var options = new ExtractionOptions { LexiconDirectory = Path.Combine(folder.Path, "lex") };

        var without = ArticleExtractor.Extract("Tomas Brandt opined that the port should reopen.", "a.txt", InputFormat.Text);
        var with = ArticleExtractor.Extract("Tomas Brandt opined that the port should reopen.", "a.txt", InputFormat.Text, options);

        Assert.That(without.Document!.Article.Statements, Is.Empty);
        Assert.That(with.Document!.Article.Statements.Single().Cue!.Lemma, Is.EqualTo("opine"));
    }

    [Test]
    public void UserLexicon_MissingFolderIsCC4107_AndAnUnreadableFileCC4105()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "lex", "cues.txt"));

        var missing = ArticleExtractor.Extract("Text.", "a.txt", InputFormat.Text, new ExtractionOptions { LexiconDirectory = Path.Combine(folder.Path, "nope") });
        var unreadable = ArticleExtractor.Extract("Text.", "a.txt", InputFormat.Text, new ExtractionOptions { LexiconDirectory = Path.Combine(folder.Path, "lex") });

        Assert.That(missing.Diagnostics.Single().Id, Is.EqualTo("CC4107"));
        Assert.That(unreadable.Diagnostics.Single().Id, Is.EqualTo("CC4105"));
    }

    [Test]
    public void Check_FolderWithATextAndItsModel_ChecksTheArticleOnce()
    {
        using var folder = new TempFolder();
        folder.Copy("examples/damascus.txt");
        folder.Copy("examples/damascus.json");
        folder.Write("other.txt", "Officials said the port reopened.\n");

        var result = CliRunner.Run(folder.Path, "check", ".", "--no-color");

        Assert.That(result.Output, Does.Contain("2 articles checked"));
        Assert.That(result.Output, Does.Contain("damascus-police-cooperation"), "the model, not the text, is checked");
    }
}
