using ClaimCheck.Text;

namespace ClaimCheck.Model;

/// <summary>
/// An article together with the file its findings point into: the original source file when
/// the model names one that can be read, otherwise the article text itself under the model's path.
/// </summary>
public sealed record ArticleDocument(Article Article, string ModelPath, SourceText Display, OffsetMap Map)
{
    public ArticleIndex Index { get; } = new(Article);

    /// <summary>Maps a span of <see cref="Article.Text"/> to a location in <see cref="Display"/>.</summary>
    public TextLocation Locate(TextSpan span)
    {
        var start = Math.Clamp(Map.ToSource(span.Start), 0, Display.Length);
        var end = Math.Clamp(Map.ToSource(span.End), start, Display.Length);
        return new TextLocation(Display, TextSpan.FromBounds(start, end));
    }

    public static ArticleDocument ForText(Article article, string path) =>
        new(article, path, SourceText.From(article.Text, path), OffsetMap.Identity);
}
