using ClaimCheck.Extraction.Lexicons;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// Splits a stretch of text into the assertions it makes, at clause boundaries outside quotes:
/// ", and" before a past-tense verb ("…, and discussed several issues"), ", as part of",
/// ", both of which", ", which", ", while", ";", and a continuing cue (", adding that",
/// ", noting that"). The article's own framing at the start ("It is worth noting that") is left out.
/// </summary>
internal static class ClaimSplitter
{
    private static readonly string[] Boundaries = [", as part of ", ", both of which ", ", which ", ", while ", "; "];

    public static List<TextSpan> Split(string text, TextSpan span, Lexicon lexicon, Func<int, bool> inQuote, bool continuingCues)
    {
        var start = SkipConnective(text, span, lexicon);
        var pieces = new List<TextSpan>();
        var pieceStart = start;
        var i = start;
        while (i < span.End)
        {
            // A comma outside quotes, or one just inside a closing quotation mark ("…understandings,” adding that").
            var closing = text[i] is '”' or '"' or '’' or '»' && i > start && text[i - 1] == ',' && !inQuote(i + 1);
            if ((text[i] is ',' or ';' && !inQuote(i)) || closing)
            {
                var boundary = Boundary(text, i, span.End, lexicon, continuingCues);
                if (boundary is { } next)
                {
                    Add(text, pieceStart, closing ? i + 1 : i, pieces);
                    pieceStart = next;
                    i = next;
                    continue;
                }
            }
            i++;
        }
        Add(text, pieceStart, span.End, pieces);
        return pieces;
    }

    /// <summary>Where the next piece starts, when a boundary begins at position <paramref name="i"/>.</summary>
    private static int? Boundary(string text, int i, int end, Lexicon lexicon, bool continuingCues)
    {
        foreach (var boundary in Boundaries)
        {
            if (string.CompareOrdinal(text, i, boundary, 0, boundary.Length) == 0 && i + boundary.Length < end)
                return i + 2;
        }
        var word = NextWord(text, i + 1, end, out var wordStart);
        if (word == "and")
        {
            var verb = NextWord(text, wordStart + 3, end, out _);
            if (verb.EndsWith("ed", StringComparison.Ordinal) && verb.Length > 3)
                return wordStart + 4;
        }
        if (continuingCues && word.EndsWith("ing", StringComparison.Ordinal) && lexicon.Cues.Match([word], 0) is not null)
        {
            var after = wordStart + word.Length;
            var that = NextWord(text, after, end, out var thatStart);
            return that == "that" ? thatStart + 5 : after + 1;
        }
        return null;
    }

    private static string NextWord(string text, int from, int end, out int start)
    {
        var i = from;
        while (i < end && char.IsWhiteSpace(text[i]))
            i++;
        start = i;
        while (i < end && char.IsLetter(text[i]))
            i++;
        return text[start..i];
    }

    public static int SkipConnective(string text, TextSpan span, Lexicon lexicon)
    {
        foreach (var connective in lexicon.Connectives)
        {
            if (span.Length > connective.Length && string.Compare(text, span.Start, connective, 0, connective.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                var i = span.Start + connective.Length;
                while (i < span.End && char.IsWhiteSpace(text[i]))
                    i++;
                return i;
            }
        }
        return span.Start;
    }

    private static void Add(string text, int start, int end, List<TextSpan> pieces)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';'))
            end--;
        if (end - start >= 3)
            pieces.Add(TextSpan.FromBounds(start, end));
    }
}
