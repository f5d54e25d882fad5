using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ClaimCheck.Extraction.Input;

/// <summary>
/// An HTML article: the body of its &lt;article&gt; (or &lt;main&gt;, or &lt;body&gt;), one paragraph per
/// heading, paragraph, list item or block quote, without navigation, scripts, forms, asides and
/// other boilerplate. Metadata comes from &lt;meta&gt; tags, &lt;time&gt; and &lt;html lang&gt;.
/// </summary>
internal static class HtmlInput
{
    private const string Boilerplate = "script, style, noscript, template, nav, footer, aside, form, iframe, svg, button, figure, menu, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    private const string Blocks = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre";
    private static readonly string[] BoilerplateNames = ["share", "social", "related", "newsletter", "advert", "promo", "cookie", "subscribe", "comments", "byline", "breadcrumb", "sidebar", "menu"];

    public static ArticleInput Read(string content)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(content);
        string? Meta(string key) =>
            document.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content") is { Length: > 0 } v ? v.Trim() : null;

        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body ?? document.DocumentElement;
        var headingElement = root.QuerySelector("h1") ?? document.QuerySelector("h1");
        var headline = Collapse(headingElement?.TextContent) ?? Meta("og:title") ?? Collapse(document.Title);
        foreach (var element in root.QuerySelectorAll(Boilerplate).ToArray())
            element.Remove();
        foreach (var element in root.QuerySelectorAll("div, section, header, span, ul, ol").Where(IsBoilerplate).ToArray())
            element.Remove();

        var builder = new TextBuilder();
        var cursor = 0;
        var firstIsHeadline = false;
        var first = true;
        if (headingElement is not null && !root.Contains(headingElement) && headline is not null)
        {
            // The headline sits outside the article body (in a page header): keep it as paragraph 0.
            cursor = Paragraph(headingElement, content, builder, cursor);
            firstIsHeadline = true;
            first = false;
        }
        foreach (var block in root.QuerySelectorAll(Blocks))
        {
            if (block.ParentElement?.Closest(Blocks) is { } outer && root.Contains(outer) && outer != block && !outer.Matches("blockquote, li"))
                continue;
            if (block.Matches("blockquote, li") && block.QuerySelector("p") is not null)
                continue;
            var before = builder.Length;
            cursor = Paragraph(block, content, builder, cursor);
            if (builder.Length == before)
                continue;
            if (first)
                firstIsHeadline = block == headingElement || block.LocalName == "h1";
            first = false;
            builder.EndParagraph();
        }

        DateOnly? published = null;
        var date = Meta("article:published_time") ?? Meta("date") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        if (date is { Length: >= 10 } && DateOnly.TryParseExact(date[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            published = d;
        return new ArticleInput
        {
            Text = builder.Text,
            Map = builder.Segments,
            FirstParagraphIsHeadline = firstIsHeadline,
            Headline = headline,
            Outlet = Meta("og:site_name"),
            Url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta("og:url"),
            Published = published,
            Language = document.DocumentElement.GetAttribute("lang") is { Length: > 0 } lang ? lang : null,
        };
    }

    private static bool IsBoilerplate(IElement element)
    {
        var names = ((element.GetAttribute("class") ?? "") + " " + (element.Id ?? "")).ToLowerInvariant();
        return BoilerplateNames.Any(n => names.Contains(n, StringComparison.Ordinal));
    }

    /// <summary>
    /// Appends the block's words separated by single spaces. Each word is looked up in the file
    /// a little ahead of the last one found, so it maps back to its place; a word that the file
    /// writes differently (an entity such as &amp;amp;) is kept unmapped.
    /// </summary>
    private static int Paragraph(IElement block, string content, TextBuilder builder, int cursor)
    {
        if (block.SourceReference?.Position.Index is { } index && index > cursor)
            cursor = Math.Min(index, content.Length);
        var needsSpace = false;
        foreach (var word in (block.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (needsSpace)
                builder.Append(" ");
            needsSpace = true;
            var window = Math.Min(content.Length - cursor, word.Length + 400);
            var found = window >= word.Length ? content.IndexOf(word, cursor, window, StringComparison.Ordinal) : -1;
            if (found >= 0)
            {
                builder.Copy(content, found, word.Length);
                cursor = found + word.Length;
            }
            else
            {
                builder.Append(word);
            }
        }
        return cursor;
    }

    private static string? Collapse(string? text) =>
        text is null ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) is { Length: > 0 } s ? s : null;
}
