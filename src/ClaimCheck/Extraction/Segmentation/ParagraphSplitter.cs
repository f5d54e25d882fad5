using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Segmentation;

/// <summary>Every non-empty line is a paragraph, spanned without its surrounding white space.</summary>
internal static class ParagraphSplitter
{
    public static List<Paragraph> Split(string text)
    {
        var paragraphs = new List<Paragraph>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = text.Length;
            var start = lineStart;
            var end = lineEnd;
            while (start < end && char.IsWhiteSpace(text[start]))
                start++;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
                end--;
            if (end > start)
                paragraphs.Add(new Paragraph { Index = paragraphs.Count, Span = TextSpan.FromBounds(start, end) });
            lineStart = lineEnd + 1;
        }
        return paragraphs;
    }
}
