using ClaimCheck.Extraction.Entities;
using ClaimCheck.Extraction.Lexicons;
using ClaimCheck.Extraction.Segmentation;
using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Channels;

/// <summary>
/// Finds the channel phrases of channels.txt in a sentence, outside quotations: "in remarks to
/// Russia’s Novosti agency", "a statement issued by the Russian Ministry of Foreign Affairs",
/// "at a news conference outside the main gate". The outlet slot takes the name or description
/// that follows (its entity, when the article names one); overlapping matches keep the longest.
/// </summary>
internal static class ChannelFinder
{
    public static List<ChannelMatch> Find(string text, SentenceView sentence, Lexicon lexicon, EntityRegistry registry)
    {
        var tokens = sentence.Tokens;
        var found = new List<ChannelMatch>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (sentence.InQuote(tokens[i].Start))
                continue;
            foreach (var pattern in lexicon.ChannelsByFirstWord.StartingWith(tokens[i].Text))
            {
                if (Match(text, sentence, pattern, i, lexicon, registry) is { } match)
                    found.Add(match);
            }
        }
        if (found.Count <= 1)
            return found; // Most sentences have no channel phrase: nothing to choose between.
        var kept = new List<ChannelMatch>();
        foreach (var match in found.OrderByDescending(m => m.Span.Length).ThenBy(m => m.Span.Start))
        {
            if (!kept.Exists(k => k.Span.OverlapsWith(match.Span)))
                kept.Add(match);
        }
        return kept.OrderBy(k => k.Span.Start).ToList();
    }

    private static ChannelMatch? Match(string text, SentenceView sentence, ChannelPattern pattern, int i, Lexicon lexicon, EntityRegistry registry)
    {
        var tokens = sentence.Tokens;
        var first = i;
        var k = i;
        if (pattern.Before.Count == 0)
        {
            // "{X} reported": the outlet is the name right before the words.
            if (!Words(tokens, k, pattern.After) || k == 0)
                return null;
            var run = OutletRunEndingAt(sentence, k - 1);
            if (run is null)
                return null;
            var span = TextSpan.FromBounds(tokens[run.Run.First].Start, tokens[k + pattern.After.Count - 1].End);
            return new ChannelMatch(pattern.Kind, span, text[span.Start..span.End], run.Entity, span.Start, run.Run.First, k + pattern.After.Count - 1);
        }
        if (!Words(tokens, k, pattern.Before))
            return null;
        k += pattern.Before.Count;
        EntityDraft? outlet = null;
        if (pattern.HasOutlet)
        {
            var xFirst = k;
            while (k < tokens.Count && !sentence.InQuote(tokens[k].Start)
                && (IsOutletWord(tokens[k], lexicon) && (!tokens[k].Is("the") || k == xFirst || tokens[k - 1].Is("of"))
                    || (tokens[k].Text is "'" or "’" && k > xFirst && tokens[k - 1].Text.EndsWith('s') && tokens[k - 1].End == tokens[k].Start)))
                k++;
            while (k > xFirst && (tokens[k - 1].Is("the") || tokens[k - 1].Is("of") || tokens[k - 1].Is("and")))
                k--;
            if (k == xFirst)
                return null;
            var xSpan = TextSpan.FromBounds(tokens[xFirst].Start, tokens[k - 1].End);
            outlet = LastOutletIn(sentence, xSpan) ?? Described(tokens, xFirst, k - 1, registry);
            if (!Words(tokens, k, pattern.After))
                return null;
            k += pattern.After.Count;
        }
        var last = k - 1;
        if (pattern.RunsOn)
        {
            while (last + 1 < tokens.Count && tokens[last + 1].Text is not "," and not "." and not ";" and not "\"" and not "“" && !tokens[last + 1].Is("that"))
                last++;
        }
        var channelSpan = TextSpan.FromBounds(tokens[first].Start, tokens[last].End);
        var lead = first;
        if (lead >= 2 && tokens[lead - 1].Is("to") && tokens[lead - 2].Is("according"))
            lead -= 2;
        if (lead >= 1 && tokens[lead - 1].Text == ",")
            lead--;
        return new ChannelMatch(pattern.Kind, channelSpan, text[channelSpan.Start..channelSpan.End], outlet, tokens[lead].Start, first, last);
    }

    // Loops, not lambdas: a lambda capturing k would allocate its closure on every call of Match,
    // which runs at every "in", "a" and "at" of the text.
    private static ClassifiedRun? OutletRunEndingAt(SentenceView sentence, int last)
    {
        foreach (var r in sentence.Runs)
        {
            if (r.Run.Last == last && r.Entity is { Kind: EntityKind.Outlet or EntityKind.Organization })
                return r;
        }
        return null;
    }

    private static EntityDraft? LastOutletIn(SentenceView sentence, TextSpan span)
    {
        EntityDraft? last = null;
        foreach (var r in sentence.Runs)
        {
            if (r.Entity is { Kind: EntityKind.Outlet or EntityKind.Organization } && span.Contains(r.NameSpan))
                last = r.Entity;
        }
        return last;
    }

    private static bool Words(IReadOnlyList<Token> tokens, int at, IReadOnlyList<string> words)
    {
        if (at + words.Count > tokens.Count)
            return false;
        for (var w = 0; w < words.Count; w++)
        {
            if (!tokens[at + w].Is(words[w]))
                return false;
        }
        return true;
    }

    private static bool IsOutletWord(Token token, Lexicon lexicon) =>
        token.IsWord && !token.Is("that") && (NameWords.IsNameLike(token) || token.Possessive || token.Is("the") || token.Is("of") || token.Is("and")
            || lexicon.OutletWords.Contains(token.Text) || lexicon.OrganizationWords.Contains(token.Text) || token.Is("news") || token.Is("state") || token.Is("reporters") || token.Is("journalists"));

    private static EntityDraft? Described(IReadOnlyList<Token> tokens, int first, int last, EntityRegistry registry)
    {
        for (var end = last; end >= first; end--)
        {
            if (registry.At(TextSpan.FromBounds(tokens[first].Start, tokens[end].End)) is { Kind: EntityKind.Organization or EntityKind.Outlet } e)
                return e;
        }
        return null;
    }
}
