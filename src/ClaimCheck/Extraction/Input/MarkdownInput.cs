using ClaimCheck.Diagnostics;
using ClaimCheck.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ClaimCheck.Extraction.Input;

/// <summary>
/// A Markdown article: front matter read for the metadata, then the text of headings,
/// paragraphs, list items and block quotes, one paragraph per block, without the markup.
/// Code blocks and HTML blocks (comments) are left out. Every literal run is mapped back
/// to its place in the file.
/// </summary>
internal static class MarkdownInput
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePreciseSourceLocation().Build();

    public static ArticleInput Read(SourceText source, DiagnosticBag diagnostics)
    {
        var content = source.Text;
        var front = FrontMatter.None;
        if (FrontMatter.Locate(content) is { } range)
            front = FrontMatter.Parse(source, range.Start, range.End, diagnostics);

        var document = Markdown.Parse(content, Pipeline);
        var builder = new TextBuilder();
        var firstIsHeading = false;
        var first = true;
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is null || leaf is not (ParagraphBlock or HeadingBlock))
                continue;
            var before = builder.Length;
            Inlines(leaf.Inline, content, builder);
            if (builder.Length == before)
                continue;
            if (first)
                firstIsHeading = leaf is HeadingBlock { Level: 1 };
            first = false;
            builder.EndParagraph();
        }
        var text = builder.Text;
        var headline = front.Headline;
        if (firstIsHeading)
            headline ??= text.Split('\n')[0];
        return new ArticleInput
        {
            Text = text,
            Map = builder.Segments,
            FirstParagraphIsHeadline = firstIsHeading,
            Headline = headline,
            Outlet = front.Outlet,
            Url = front.Url,
            Published = front.Published,
            Language = front.Language,
        };
    }

    private static void Inlines(ContainerInline container, string content, TextBuilder builder)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    var text = literal.Content.ToString();
                    var start = literal.Span.Start;
                    if (start >= 0 && start + text.Length <= content.Length && string.CompareOrdinal(content, start, text, 0, text.Length) == 0)
                        builder.Copy(content, start, text.Length);
                    else
                        builder.Append(text);
                    break;
                case LineBreakInline:
                    if (!builder.EndsWithSpace)
                        builder.Append(" ");
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.ToString());
                    break;
                case AutolinkInline link:
                    builder.Append(link.Url);
                    break;
                case ContainerInline nested:
                    Inlines(nested, content, builder);
                    break;
            }
        }
    }
}
