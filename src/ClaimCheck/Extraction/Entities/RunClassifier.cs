using ClaimCheck.Extraction.Lexicons;
using ClaimCheck.Extraction.Segmentation;
using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Entities;

/// <summary>What a name run turned out to be: the entity named, the title it gave, and where.</summary>
internal sealed record ClassifiedRun(NameRun Run, EntityDraft? Entity, TextSpan NameSpan, string? Title, EntityDraft? TitleOrganization, bool TitleOnly);

/// <summary>
/// Decides what a name run names, from the lexicons: a leading demonym ties it to a country,
/// a leading title (titles.txt) is split off, the head word makes it an organization or a place,
/// the gazetteers know countries, cities and outlets, and two to four other name words are a
/// person. A single unknown word is only a later mention of a known name ("Vershinin").
/// </summary>
internal sealed class RunClassifier(string text, Lexicon lexicon, EntityRegistry registry)
{
    public ClassifiedRun Classify(IReadOnlyList<Token> tokens, NameRun run, bool headline)
    {
        var first = run.First;
        string? demonymCountry = null;
        if (lexicon.Demonyms.TryGetValue(tokens[first].Text, out var country) && first < run.Last)
        {
            demonymCountry = country;
            first++;
        }
        var (titleEnd, title) = LongestTitle(tokens, first, run.Last);
        if (title is not null && titleEnd == run.Last)
            return new ClassifiedRun(run, null, run.Span, title, null, TitleOnly: true);
        EntityDraft? titleOrganization = null;
        if (title is not null && tokens[titleEnd + 1].Is("of") || title is not null && tokens[titleEnd + 1].Is("for"))
        {
            // "Secretary-General of the Syrian Presidency": a title and the body it belongs to.
            var orgFirst = titleEnd + 2;
            if (tokens[orgFirst].Text == "the")
                orgFirst++;
            titleOrganization = Register(tokens, orgFirst, run.Last, null, headline);
            return new ClassifiedRun(run, null, run.Span, title, titleOrganization, TitleOnly: true);
        }
        var nameFirst = title is not null ? titleEnd + 1 : run.First;
        var entity = Register(tokens, nameFirst, run.Last, title is not null ? demonymCountry : null, headline, forcePerson: title is not null);
        if (entity is not null && title is not null)
        {
            entity.Titles.Remove(title);
            var span = TextSpan.FromBounds(tokens[nameFirst].Start, tokens[run.Last].End);
            entity.Remention(span, text[span.Start..span.End], title);
            if (lexicon.Titles.TryGetValue(title, out var implied) && implied is not null)
                entity.ImpliedOrganization = (demonymCountry is null ? "" : demonymCountry + "|") + implied;
        }
        return new ClassifiedRun(run, entity, TextSpan.FromBounds(tokens[nameFirst].Start, tokens[run.Last].End), title, null, TitleOnly: false);
    }

    private (int End, string? Title) LongestTitle(IReadOnlyList<Token> tokens, int first, int last)
    {
        // Looked up as spans of the text, so the many candidates that are no title allocate nothing.
        var titles = lexicon.TitleLookup;
        var start = tokens[first].Start;
        for (var end = last; end >= first; end--)
        {
            var written = text.AsSpan(start, tokens[end].End - start);
            if (IsTitleOfWords(titles, tokens, first, end) || titles.ContainsKey(written))
                return (end, written.ToString());
            if (end + 1 <= last && tokens[end + 1].Text == "." && titles.ContainsKey(string.Concat(written, ".")))
                return (end + 1, string.Concat(written, "."));
        }
        // "Transport Minister Elena Petrova": capitalized words ending in a title's head word, with a name after them.
        for (var end = last - 2; end >= first; end--)
        {
            if (tokens[end].IsWord && titles.ContainsKey(tokens[end].Text) && AllCapitalized(tokens, first, end))
                return (end, text[tokens[first].Start..tokens[end].End]);
        }
        return (-1, null);
    }

    /// <summary>Whether the words (not the punctuation) of tokens first..end, joined by single spaces, are a title; joined in a buffer, not a string.</summary>
    private static bool IsTitleOfWords(Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> titles, IReadOnlyList<Token> tokens, int first, int end)
    {
        var length = 0;
        for (var k = first; k <= end; k++)
        {
            if (tokens[k].IsWord)
                length += (length > 0 ? 1 : 0) + tokens[k].Text.Length;
        }
        var buffer = length <= 256 ? stackalloc char[length] : new char[length];
        var at = 0;
        for (var k = first; k <= end; k++)
        {
            if (!tokens[k].IsWord)
                continue;
            if (at > 0)
                buffer[at++] = ' ';
            tokens[k].Text.CopyTo(buffer[at..]);
            at += tokens[k].Text.Length;
        }
        return titles.ContainsKey(buffer);
    }

    private static bool AllCapitalized(IReadOnlyList<Token> tokens, int first, int end)
    {
        for (var k = first; k <= end; k++)
        {
            if (!tokens[k].IsCapitalized)
                return false;
        }
        return true;
    }

    /// <summary>Registers the entity that tokens first..last name, or returns null when they name nothing the lexicons recognise.</summary>
    public EntityDraft? Register(IReadOnlyList<Token> tokens, int first, int last, string? personCountry, bool headline, bool forcePerson = false)
    {
        if (first > last)
            return null;
        var span = TextSpan.FromBounds(tokens[first].Start, tokens[last].End);
        var name = text[span.Start..span.End];
        var words = new string[last - first + 1];
        for (var k = first; k <= last; k++)
            words[k - first] = tokens[k].Text;
        var kind = KindOf(words, name, forcePerson);
        EntityDraft? entity;
        if (kind is null)
        {
            entity = registry.Find(name) ?? (words.Length == 1 ? registry.PersonBySurname(name) : null);
            if (entity is null && words.Length == 1 && NameWords.IsAllCaps(name) && !headline)
                return null;
            if (entity is null)
                return null;
        }
        else if (headline && registry.Find(name) is null && kind == EntityKind.Person)
        {
            return null; // A Title Case headline capitalizes every word; only known names count there.
        }
        else
        {
            entity = registry.Add(name, kind.Value);
            if (entity.Country is null)
                entity.Country = CountryOf(words, kind.Value, name);
        }
        entity.Mention(span, name);
        if (lexicon.Outlets.TryGetValue(entity.Name, out var outlet))
        {
            foreach (var alias in outlet.Aliases)
                registry.AddAlias(entity, alias);
        }
        return entity;
    }

    private EntityKind? KindOf(string[] words, string name, bool forcePerson)
    {
        if (lexicon.CountryNames.ContainsKey(name))
            return EntityKind.Country;
        if (lexicon.Places.ContainsKey(name))
            return EntityKind.Place;
        if (lexicon.Outlets.ContainsKey(name))
            return EntityKind.Outlet;
        var of = Array.FindIndex(words, w => w is "of" or "for");
        var head = of > 0 ? words[of - 1] : words[^1];
        if (words.Length > 1 && (lexicon.OutletWords.Contains(head) || (!lexicon.OrganizationWords.Contains(head) && AnyIn(words, lexicon.OutletWords))))
            return EntityKind.Outlet;
        if (lexicon.OrganizationWords.Contains(head) || (of < 0 && AnyIn(words, lexicon.OrganizationWords)))
            return EntityKind.Organization;
        if (lexicon.PlaceWords.Contains(head) || AnyIn(words, lexicon.PlaceWords))
            return EntityKind.Place;
        if (forcePerson || (words.Length is >= 2 and <= 5 && !AnyDemonym(words) && NoneAllCaps(words)))
            return EntityKind.Person;
        return null;
    }

    // Loops rather than Any with a method group or lambda, which allocate a delegate per call.
    private static bool AnyIn(string[] words, HashSet<string> set)
    {
        foreach (var word in words)
        {
            if (set.Contains(word))
                return true;
        }
        return false;
    }

    private bool AnyDemonym(string[] words)
    {
        foreach (var word in words)
        {
            if (lexicon.Demonyms.ContainsKey(word))
                return true;
        }
        return false;
    }

    private static bool NoneAllCaps(string[] words)
    {
        foreach (var word in words)
        {
            if (NameWords.IsAllCaps(word))
                return false;
        }
        return true;
    }

    private EntityDraft? CountryOf(string[] words, EntityKind kind, string name)
    {
        string? country = null;
        if (kind is EntityKind.Organization or EntityKind.Outlet or EntityKind.Place && lexicon.Demonyms.TryGetValue(words[0], out var c))
            country = c;
        if (kind == EntityKind.Place && lexicon.Places.TryGetValue(name, out var p))
            country = p;
        if (kind == EntityKind.Outlet && lexicon.Outlets.TryGetValue(name, out var o))
            country = o.Country;
        return country is null ? null : registry.Find(country) ?? registry.Add(country, EntityKind.Country);
    }
}
