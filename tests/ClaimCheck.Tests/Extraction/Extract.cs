using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Input;
using ClaimCheck.Model;

namespace ClaimCheck.Tests.Extraction;

/// <summary>Runs the extractor on text written in the test.</summary>
internal static class Extract
{
    public static Article Text(string text, InputFormat format = InputFormat.Text)
    {
        var result = ArticleExtractor.Extract(text, "story" + format switch { InputFormat.Markdown => ".md", InputFormat.Html => ".html", _ => ".txt" }, format);
        Assert.That(result.Document, Is.Not.Null, string.Join("\n", result.Diagnostics));
        return result.Document!.Article;
    }

    public static string Slice(this Article article, Text.TextSpan span) => article.Text[span.Start..span.End];

    public static Entity EntityOf(this Article article, string? id) => article.Entities.Single(e => e.Id == id);
}
