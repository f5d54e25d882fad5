using System.Text;
using ClaimCheck.Text;

namespace ClaimCheck.Diagnostics;

/// <summary>Renders the first line of a span with a caret underline beneath it.</summary>
public static class SourceExcerpt
{
    private const int MaxWidth = 160;

    public static string Render(SourceText text, TextSpan span, string indent)
    {
        if (text.Length == 0)
            return "";
        var lineIndex = text.GetLineIndex(Math.Min(span.Start, text.Length));
        var line = text.GetLineSpan(lineIndex);
        var startColumn = Math.Max(0, span.Start - line.Start);
        var endColumn = Math.Clamp(span.End - line.Start, startColumn + 1, Math.Max(startColumn + 1, line.Length));

        // Long lines (a paragraph on one line is common in articles) are windowed around the span.
        var windowStart = 0;
        if (line.Length > MaxWidth)
            windowStart = Math.Clamp(startColumn - 40, 0, Math.Max(0, line.Length - MaxWidth));
        var windowEnd = Math.Min(line.Length, windowStart + MaxWidth);
        var lineText = text.ToString(line);
        var shown = lineText[windowStart..windowEnd].Replace('\t', ' ');
        var lead = windowStart > 0 ? "…" : "";
        var tail = windowEnd < line.Length ? "…" : "";

        var caretStart = startColumn - windowStart + lead.Length;
        var caretLength = Math.Max(1, Math.Min(endColumn, windowEnd) - startColumn);
        var builder = new StringBuilder();
        builder.Append(indent).Append(lead).Append(shown).Append(tail).Append('\n');
        builder.Append(indent).Append(' ', Math.Max(0, caretStart)).Append('^', caretLength).Append('\n');
        return builder.ToString();
    }
}
