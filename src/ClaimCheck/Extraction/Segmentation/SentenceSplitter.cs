using ClaimCheck.Extraction.Lexicons;
using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Segmentation;

/// <summary>
/// Splits a paragraph at sentence-final punctuation (. ! ? …) followed by white space and a
/// capital, digit or opening quote. Not at an abbreviation (abbreviations.txt), an initial
/// ("J. Smith"), a decimal point, or inside a quotation that is closed in the paragraph, so a
/// quoted passage of several sentences stays with its attribution. A closing quotation mark
/// after the punctuation belongs to the sentence.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>A run of this many characters without a sentence boundary is cut at the next white space.</summary>
    public const int MaxLength = 2000;

    public static void Split(string text, Paragraph paragraph, IReadOnlyList<TextSpan> closedQuotes, Lexicon lexicon, List<Sentence> sentences)
    {
        var start = paragraph.Span.Start;
        var end = paragraph.Span.End;
        var quote = 0;
        var i = start;
        while (i < end)
        {
            while (quote < closedQuotes.Count && closedQuotes[quote].End <= i)
                quote++;
            var inQuote = quote < closedQuotes.Count && closedQuotes[quote].Start < i && i < closedQuotes[quote].End - 1
                && !EndsQuote(text, i, closedQuotes[quote].End - 1);
            // Prose has no sentence of this length; cutting one at white space bounds the work of every later layer.
            if (i - start >= MaxLength && char.IsWhiteSpace(text[i]))
            {
                Add(text, paragraph, start, i, sentences);
                start = i;
            }
            if (!inQuote && text[i] is '.' or '!' or '?' or '…' && IsBoundary(text, start, i, end, lexicon, out var sentenceEnd))
            {
                Add(text, paragraph, start, sentenceEnd, sentences);
                start = sentenceEnd;
                i = sentenceEnd;
                continue;
            }
            i++;
        }
        Add(text, paragraph, start, end, sentences);
    }

    /// <summary>Punctuation right before the closing mark ends the quotation, and may end the sentence with it.</summary>
    private static bool EndsQuote(string text, int i, int closing)
    {
        var j = i;
        while (j < closing && text[j] is '.' or '!' or '?' or '…')
            j++;
        return j == closing;
    }

    private static bool IsBoundary(string text, int sentenceStart, int i, int end, Lexicon lexicon, out int sentenceEnd)
    {
        var j = i + 1;
        while (j < end && text[j] is '.' or '!' or '?' or '…')
            j++;
        while (j < end && text[j] is '"' or '”' or '’' or '\'' or '»' or ')' or ']')
            j++;
        sentenceEnd = j;
        if (j >= end || !char.IsWhiteSpace(text[j]))
            return false;
        var k = j;
        while (k < end && char.IsWhiteSpace(text[k]))
            k++;
        if (k >= end || !(char.IsUpper(text[k]) || char.IsDigit(text[k]) || text[k] is '"' or '“' or '‘' or '«' or '„' or '\''))
            return false;
        if (text[i] != '.' || j > i + 1)
            return true;
        var wordStart = i;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not '(' and not '"' and not '“')
            wordStart--;
        var word = text[wordStart..(i + 1)];
        if (lexicon.Abbreviations.Contains(word))
            return false;
        // An initial: one capital letter and a full stop ("Sergey V. Vershinin").
        return !(word.Length == 2 && char.IsUpper(word[0]));
    }

    private static void Add(string text, Paragraph paragraph, int start, int end, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end > start)
            sentences.Add(new Sentence { Index = sentences.Count, Paragraph = paragraph.Index, Span = TextSpan.FromBounds(start, end) });
    }
}
