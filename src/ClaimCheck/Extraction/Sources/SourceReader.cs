using System.Text.RegularExpressions;
using ClaimCheck.Extraction.Entities;
using ClaimCheck.Extraction.Lexicons;
using ClaimCheck.Extraction.Segmentation;
using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Sources;

/// <summary>
/// Reads the words before (or after) a cue as a source phrase, or rejects them. A source phrase is
/// a noun phrase with an optional apposition: every word is a name word, a possessive, or a word
/// of the lexicons (titles, organization and place words, heads of unnamed sources, demonyms) or
/// of the small closed list below; so "It is worth noting" is not a source, "A union official"
/// is. A relative clause ("who asked not to be named because the talks are private") may follow,
/// and gives the reason for anonymity.
/// </summary>
internal sealed partial class SourceReader(string text, Lexicon lexicon, EntityRegistry registry)
{
    private static readonly HashSet<string> Closed = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "for", "at", "in", "with", "from", "on", "and", "two", "three", "four", "several", "some", "many", "other",
        "senior", "former", "top", "local", "foreign", "government", "military", "security", "police", "union", "port", "state", "western",
        "intelligence", "health", "industry", "company", "administration", "defence", "defense", "embassy", "palace", "rebel", "opposition",
        "unnamed", "anonymous", "transitional", "interim", "acting", "deputy", "chief", "vice", "assistant", "executive", "regional", "city",
        "israeli", "u.s", "western", "un", "eu", "close", "familiar", "knowledge", "briefed", "involved",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it", "we", "i" };

    private static readonly HashSet<string> Trailing = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "later", "earlier", "previously", "further", "again", "separately", "repeatedly", "publicly", "recently", "has", "have", "had",
        "will", "would", "then", "once", "had", "was", "is", "reportedly", "told",
    };

    public SourcePhrase? Read(SentenceView sentence, int first, int last, Func<int, EntityDraft?> pronounAt)
    {
        var tokens = sentence.Tokens;
        while (last >= first && (tokens[last].Text == "," || Trailing.Contains(tokens[last].Text)))
            last--;
        // ", and analysts noted": the conjunction joins clauses; the source starts after it.
        while (first <= last && (tokens[first].Is("and") || tokens[first].Is("but") || tokens[first].Is("or")))
            first++;
        if (last < first || last - first > 30)
            return null;
        // "…, Vladimir Putin, and discussed": a coordinated verb, whose subject is further back.
        if (tokens[last].Is("and") || tokens[last].Is("or") || tokens[last].Is("but") || tokens[last].Is("the") || tokens[last].Is("of"))
            return null;
        var clause = -1;
        for (var k = first + 1; k <= last; k++)
        {
            if (tokens[k].Is("who") || tokens[k].Is("speaking"))
            {
                clause = k;
                break;
            }
        }
        // "A union official who asked …": the cue is the relative clause's own verb, not the source's.
        if (clause == last)
            return null;
        var npLast = clause > 0 ? clause - 1 : last;
        while (npLast >= first && tokens[npLast].Text == ",")
            npLast--;
        if (npLast < first || npLast - first > 18)
            return null;
        if (first == npLast && Pronouns.Contains(tokens[first].Text))
            return Pronoun(sentence, first, pronounAt);
        var complement = false;
        for (var k = first; k <= npLast; k++)
        {
            var t = tokens[k];
            var abbreviation = t.Text == "." && k > first && lexicon.Abbreviations.Contains(tokens[k - 1].Text + ".");
            if (sentence.InQuote(t.Start) || t.Kind == TokenKind.Number || (t.Text == "." && !abbreviation) || t.Text is ";" or ":" or "\"" or "“" or "”" or "(" or ")")
                return null;
            if (abbreviation)
                continue;
            var pluralPossessive = t.Text is "'" or "’" && k > first && tokens[k - 1].End == t.Start && tokens[k - 1].Text.EndsWith('s');
            if (complement || pluralPossessive || t.Text == "," || t.Possessive || NameWords.IsNameLike(t) || Known(t.Text))
            {
                complement |= t.Is("close") || t.Is("familiar") || t.Is("knowledge") || t.Is("briefed") || t.Is("involved");
                continue;
            }
            return null;
        }
        if (tokens[first].Text == "," || (!NameWords.IsNameLike(tokens[npLast]) && !Known(tokens[npLast].Text) && !complement))
            return null;
        var span = TextSpan.FromBounds(tokens[first].Start, tokens[last].End);
        var phrase = new SourcePhrase(first, last, span, text[span.Start..span.End]);
        return Analyse(sentence, phrase, npLast, clause);
    }

    private bool Known(string word) =>
        Closed.Contains(word) || lexicon.TitleWords.Contains(word) || lexicon.AnonymousHeads.Contains(word)
        || lexicon.OrganizationWords.Contains(word) || lexicon.PlaceWords.Contains(word) || lexicon.OutletWords.Contains(word) || lexicon.Demonyms.ContainsKey(word);

    private SourcePhrase? Pronoun(SentenceView sentence, int index, Func<int, EntityDraft?> pronounAt)
    {
        var token = sentence.Tokens[index];
        if (pronounAt(token.Start) is not { } entity)
            return null;
        entity.Mention(token.Span, token.Text);
        return new SourcePhrase(index, index, token.Span, token.Text)
        {
            Entity = entity,
            Role = entity.Titles.FirstOrDefault(),
            Organization = entity.Kind == EntityKind.Person ? entity.Organization : entity,
        };
    }

    private SourcePhrase Analyse(SentenceView sentence, SourcePhrase phrase, int npLast, int clause)
    {
        var tokens = sentence.Tokens;
        var inside = sentence.Runs.Where(r => r.Entity is not null && r.Run.First >= phrase.First && r.Run.Last <= npLast).ToList();
        var person = inside.FirstOrDefault(r => r.Entity!.Kind == EntityKind.Person);
        if (person is not null)
        {
            var entity = person.Entity!;
            var mention = entity.MentionAt(person.NameSpan);
            return phrase with
            {
                Entity = entity,
                Role = mention?.Title ?? entity.Titles.FirstOrDefault(),
                Organization = entity.Organization,
            };
        }
        var head = tokens[npLast];
        var anonymous = lexicon.AnonymousHeads.Contains(head.Text) || (clause > 0 && lexicon.AnonymousHeads.Contains(tokens[clause - 1].Text))
            || Enumerable.Range(phrase.First, npLast - phrase.First + 1).Any(k => lexicon.AnonymousHeads.Contains(tokens[k].Text) && !NameWords.IsNameLike(tokens[k]));
        var body = inside.FirstOrDefault(r => r.Entity!.Kind is EntityKind.Organization or EntityKind.Outlet)?.Entity
            ?? Described(tokens, phrase.First, npLast);
        if (anonymous)
        {
            var npText = text[tokens[phrase.First].Start..tokens[npLast].End];
            var description = char.ToLowerInvariant(npText[0]) + npText[1..];
            var headWord = tokens.Take(npLast + 1).Skip(phrase.First).Last(t => lexicon.AnonymousHeads.Contains(t.Text)).Text;
            var singular = !headWord.EndsWith('s') && lexicon.TitleWords.Contains(headWord);
            var reason = clause > 0 ? Reason(text[tokens[clause].Start..tokens[phrase.Last].End]) : null;
            return phrase with
            {
                Anonymous = true,
                Description = description,
                Reason = reason,
                Role = singular ? headWord.ToLowerInvariant() : null,
                Organization = body ?? OrganizationWord(tokens, phrase.First, npLast),
            };
        }
        if (body is not null)
            return phrase with { Entity = body, Organization = body };
        // A single name the lexicons do not know ("Brandt said"): a person, named.
        var single = inside.FirstOrDefault()?.Entity;
        if (single is null && phrase.First == npLast && NameWords.IsNameLike(head))
        {
            single = registry.PersonBySurname(head.Text) ?? registry.Add(head.Text, EntityKind.Person);
            single.Mention(head.Span, head.Text);
        }
        return single is null
            ? phrase with { Anonymous = true, Description = char.ToLowerInvariant(phrase.Text[0]) + phrase.Text[1..] }
            : phrase with { Entity = single, Organization = single.Kind == EntityKind.Person ? single.Organization : single, Role = single.Titles.FirstOrDefault() };
    }

    private EntityDraft? Described(IReadOnlyList<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            for (var end = last; end >= k; end--)
            {
                if (registry.At(TextSpan.FromBounds(tokens[k].Start, tokens[end].End)) is { Kind: EntityKind.Organization or EntityKind.Outlet } e)
                    return e;
            }
        }
        return null;
    }

    /// <summary>"A union official": an organization word used as a modifier refers to the organization the article has named.</summary>
    private EntityDraft? OrganizationWord(IReadOnlyList<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (lexicon.OrganizationWords.Contains(tokens[k].Text) && !NameWords.IsNameLike(tokens[k]))
                return registry.Described([tokens[k].Text], tokens[k].Start, e => e.Kind is EntityKind.Organization);
        }
        return null;
    }

    private static string? Reason(string clause)
    {
        var match = ReasonPattern().Match(clause);
        return match.Success ? match.Groups[1].Value.TrimEnd(',', ' ') : null;
    }

    [GeneratedRegex(@"\b(?:because|as|since)\s+(.+)$", RegexOptions.NonBacktracking)]
    private static partial Regex ReasonPattern();
}
