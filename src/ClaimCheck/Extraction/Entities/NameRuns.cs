using ClaimCheck.Extraction.Lexicons;
using ClaimCheck.Extraction.Segmentation;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Entities;

/// <summary>
/// Finds runs of name words. "of", "for", "the" and "and" join two runs only inside the name of
/// an organization or place ("Ministry of Interior", "Port of Kestrel", "Committee for Trade and
/// Economic Cooperation"), never two names ("Damascus and Moscow"). A possessive ends a run.
/// </summary>
internal static class NameRuns
{
    public static List<NameRun> Find(string text, IReadOnlyList<Token> tokens, Lexicon lexicon)
    {
        var runs = new List<NameRun>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!NameWords.IsNameLike(tokens[i]))
            {
                i++;
                continue;
            }
            var first = i;
            var last = i;
            var joinedOf = false;
            while (!tokens[last].Possessive && last + 1 < tokens.Count)
            {
                var next = tokens[last + 1];
                if (NameWords.IsNameLike(next) && next.Start - tokens[last].End <= 1)
                {
                    last++;
                    continue;
                }
                // "Lt. Col. Ivo Marin": an abbreviated title keeps its full stop inside the run.
                if (next.Text == "." && next.Start == tokens[last].End && lexicon.Abbreviations.Contains(tokens[last].Text + ".")
                    && last + 2 < tokens.Count && NameWords.IsNameLike(tokens[last + 2]))
                {
                    last += 2;
                    continue;
                }
                // A plural possessive inside a name: "Harbour Workers' Union".
                if (next.Text is "'" or "’" && tokens[last].Text.EndsWith('s') && last + 2 < tokens.Count && NameWords.IsNameLike(tokens[last + 2]) && next.Start == tokens[last].End)
                {
                    last += 2;
                    continue;
                }
                if (NameWords.IsParticle(next.Text) && last + 2 < tokens.Count && NameWords.IsNameLike(tokens[last + 2]))
                {
                    last += 2;
                    continue;
                }
                if (Connector(tokens, first, last, lexicon, joinedOf) is { } skip)
                {
                    joinedOf |= next.Is("of") || next.Is("for");
                    last += skip;
                    continue;
                }
                break;
            }
            runs.Add(new NameRun(first, last, TextSpan.FromBounds(tokens[first].Start, tokens[last].End), text[tokens[first].Start..tokens[last].End], tokens[last].Possessive));
            i = last + 1;
        }
        return runs;
    }

    /// <summary>How many tokens a connector and the name word after it take, or null when the run ends here.</summary>
    private static int? Connector(IReadOnlyList<Token> tokens, int first, int last, Lexicon lexicon, bool joinedOf)
    {
        var next = tokens[last + 1];
        var isOfFor = next.Is("of") || next.Is("for");
        var isAnd = next.Is("and") && joinedOf;
        if (!(isOfFor || isAnd) || next.Text != next.Text.ToLowerInvariant())
            return null;
        var after = last + 2;
        if (after < tokens.Count && tokens[after].Text == "the" && isOfFor)
            after++;
        if (after >= tokens.Count || !NameWords.IsNameLike(tokens[after]))
            return null;
        var before = AnyHeadWord(tokens, first, last, lexicon);
        if (isAnd)
        {
            // "… Air Base and Tartus Naval Base" is two names: the part after "and" has its own head.
            var end = after;
            while (end + 1 < tokens.Count && NameWords.IsNameLike(tokens[end + 1]))
                end++;
            return AnyHeadWord(tokens, after, end, lexicon) ? null : after - last;
        }
        return before || lexicon.TitleWords.Contains(tokens[last].Text) ? after - last : null;
    }

    // A loop: a lambda here would allocate its closure on every call of Connector.
    private static bool AnyHeadWord(IReadOnlyList<Token> tokens, int first, int last, Lexicon lexicon)
    {
        for (var k = first; k <= last; k++)
        {
            if (IsHeadWord(tokens[k].Text, lexicon))
                return true;
        }
        return false;
    }

    public static bool IsHeadWord(string word, Lexicon lexicon) =>
        lexicon.OrganizationWords.Contains(word) || lexicon.PlaceWords.Contains(word);
}
