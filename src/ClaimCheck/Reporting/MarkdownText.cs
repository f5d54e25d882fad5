using System.Text;
using ClaimCheck.Text;

namespace ClaimCheck.Reporting;

/// <summary>Markdown that GitHub and GitLab render as written: user text escaped, excerpts with the span in bold.</summary>
internal static class MarkdownText
{
    private const int MaxExcerptWidth = 160;
    private const string Special = "\\`*_[]<>|~#&!$";

    /// <summary>Escapes inline user text; line breaks become spaces, so text cannot end a table row or a list item.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
                builder.Append(' ');
            else if (Special.Contains(c))
                builder.Append('\\').Append(c);
            else
                builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>A code span that survives backticks in the text: the fence is longer than any run inside it.</summary>
    public static string Code(string text)
    {
        text = text.Replace('\r', ' ').Replace('\n', ' ');
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        var fence = new string('`', longest + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : "";
        return fence + pad + text + pad + fence;
    }

    /// <summary>
    /// The first line of the span, windowed around it as the text report does, escaped, with the
    /// span in <c>&lt;b&gt;</c> (which, unlike <c>**</c>, is bold whatever characters surround it).
    /// An empty span (a finding about the whole article) marks nothing.
    /// </summary>
    public static string Excerpt(TextLocation location)
    {
        var text = location.Text;
        if (text.Length == 0)
            return "";
        var span = location.Span;
        var line = text.GetLineSpan(text.GetLineIndex(Math.Min(span.Start, text.Length)));
        var lineText = text.ToString(line);
        var start = Math.Clamp(span.Start - line.Start, 0, lineText.Length);
        var end = Math.Clamp(span.End - line.Start, start, lineText.Length);

        var windowStart = lineText.Length > MaxExcerptWidth ? Math.Clamp(start - 40, 0, lineText.Length - MaxExcerptWidth) : 0;
        var windowEnd = Math.Min(lineText.Length, windowStart + MaxExcerptWidth);
        end = Math.Min(end, windowEnd);

        var before = lineText[windowStart..start];
        var marked = lineText[start..end];
        var after = lineText[end..windowEnd];
        var builder = new StringBuilder();
        builder.Append(windowStart > 0 ? "…" : "").Append(Escape(before));
        if (marked.Trim().Length > 0)
            builder.Append("<b>").Append(Escape(marked)).Append("</b>");
        else
            builder.Append(Escape(marked));
        builder.Append(Escape(after)).Append(windowEnd < lineText.Length ? "…" : "");
        return GuardLineStart(builder.ToString().Trim());
    }

    /// <summary>Text at the start of a line must not read as a list item or a heading underline.</summary>
    private static string GuardLineStart(string text)
    {
        if (text.Length > 0 && text[0] is '-' or '+' or '=')
            return "\\" + text;
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
            digits++;
        if (digits > 0 && digits < text.Length && text[digits] is '.' or ')')
            return text[..digits] + "\\" + text[digits..];
        return text;
    }
}
