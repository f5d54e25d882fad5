using ClaimCheck.Extraction.Channels;
using ClaimCheck.Extraction.Segmentation;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Statements;

/// <summary>
/// Where a statement's content starts and ends: after the cue (and a channel phrase and "that"
/// right after it) to the end of the sentence, or from the start of the sentence to the source
/// when the source comes last. A sentence-final full stop outside quotes, a trailing channel
/// phrase (", according to a statement …") and a comma before the source are left out.
/// </summary>
internal static class ContentBounds
{
    public static TextSpan? After(string text, SentenceView sentence, int afterToken, IReadOnlyList<ChannelMatch> channels)
    {
        var tokens = sentence.Tokens;
        var k = afterToken;
        while (k < tokens.Count)
        {
            if (channels.FirstOrDefault(c => c.FirstToken <= k && k <= c.LastToken) is { } channel)
            {
                k = channel.LastToken + 1;
                continue;
            }
            if (tokens[k].Is("that") || tokens[k].Text is "," or ":")
            {
                k++;
                continue;
            }
            break;
        }
        if (k >= tokens.Count)
            return null;
        var start = tokens[k].Start;
        var end = sentence.Span.End;
        foreach (var channel in channels.Where(c => c.Span.Start > start))
            end = Math.Min(end, channel.Lead);
        return Trim(text, start, end, sentence);
    }

    public static TextSpan? Before(string text, SentenceView sentence, int sourceStart)
    {
        var tokens = sentence.Tokens;
        if (sentence.ContentStart >= tokens.Count)
            return null;
        var start = tokens[sentence.ContentStart].Start;
        if (start >= sourceStart)
            return null;
        return Trim(text, start, sourceStart, sentence);
    }

    private static TextSpan? Trim(string text, int start, int end, SentenceView sentence)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || (text[end - 1] is '.' or ',' or ';' or ':' && !sentence.InQuote(end - 1))))
            end--;
        return end > start ? TextSpan.FromBounds(start, end) : null;
    }
}
