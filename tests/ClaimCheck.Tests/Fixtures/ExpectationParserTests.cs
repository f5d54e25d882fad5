using ClaimCheck.Diagnostics;
using ClaimCheck.Fixtures;
using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Fixtures;

public class ExpectationParserTests
{
    // A Markdown source as an extractor sees it: the comments are in the file, not in the article text.
    private const string Source =
        "# Harbour news\n" +
        "\n" +
        "<!-- expect: R1, R2 -->\n" +
        "Officials said the port would reopen.\n" +
        "\n" +
        "<!-- ok: R1 -->\n" +
        "Exports fell 12% in 2024.\n";

    private static ArticleDocument Document()
    {
        var first = Source.IndexOf("Officials", StringComparison.Ordinal);
        var second = Source.IndexOf("Exports", StringComparison.Ordinal);
        const string text = "Officials said the port would reopen.\n\nExports fell 12% in 2024.\n";
        var article = new Article
        {
            Id = "md",
            Text = text,
            Paragraphs =
            [
                new Paragraph { Index = 0, Span = new TextSpan(0, 37) },
                new Paragraph { Index = 1, Span = new TextSpan(39, 25) },
            ],
        };
        var map = new OffsetMap([new SourceSegment(0, 39, first), new SourceSegment(39, 26, second)]);
        return new ArticleDocument(article, "harbour.md", SourceText.From(Source, "harbour.md"), map);
    }

    [Test]
    public void Parse_CommentsInTheSourceFile_GovernTheNextParagraphThere()
    {
        var diagnostics = new DiagnosticBag();

        var expectations = ExpectationParser.Parse(Document(), new HashSet<string> { "R1", "R2" }, diagnostics);

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(expectations.Select(e => $"{e.Keyword} {e.RuleId} comment line {e.Comment.Start.Line + 1} paragraph lines {e.Paragraph.Start.Line + 1}-{e.Paragraph.End.Line + 1}"), Is.EqualTo(new[]
        {
            "expect R1 comment line 3 paragraph lines 4-4",
            "expect R2 comment line 3 paragraph lines 4-4",
            "ok R1 comment line 6 paragraph lines 7-7",
        }));
    }

    [Test]
    public void Covers_ALocationOnTheParagraphsLines_NotOneElsewhere()
    {
        var document = Document();
        var expectation = ExpectationParser.Parse(document, new HashSet<string> { "R1", "R2" }, new DiagnosticBag())[0];

        Assert.That(expectation.Covers(document.Locate(new TextSpan(15, 4))), Is.True, "'port' in the first paragraph");
        Assert.That(expectation.Covers(document.Locate(new TextSpan(39, 7))), Is.False, "'Exports' in the second");
    }
}
