using ClaimCheck.Extraction.Lexicons;
using ClaimCheck.Extraction.Segmentation;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Cues;

/// <summary>Every reporting cue of cues.txt in a sentence, outside its quotations; the longest match wins.</summary>
internal static class CueFinder
{
    public static List<CueMatch> Find(string text, SentenceView sentence, Lexicon lexicon)
    {
        var tokens = sentence.Tokens;
        var words = tokens.Select(t => t.Text).ToArray();
        var cues = new List<CueMatch>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i < sentence.ContentStart || !tokens[i].IsWord || sentence.InQuote(tokens[i].Start) || char.IsUpper(tokens[i].Text[0]) && i > sentence.ContentStart && !tokens[i].Is("according"))
                continue;
            if (lexicon.Cues.Match(words, i) is not { } match)
                continue;
            var span = TextSpan.FromBounds(tokens[i].Start, tokens[i + match.Length - 1].End);
            cues.Add(new CueMatch(i, match.Length, span, text[span.Start..span.End], match.Lemma));
            i += match.Length - 1;
        }
        return cues;
    }
}
