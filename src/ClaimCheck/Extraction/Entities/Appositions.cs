using ClaimCheck.Extraction.Lexicons;
using ClaimCheck.Extraction.Segmentation;
using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Entities;

/// <summary>
/// Titles given beside a name between commas: before it ("Syria’s transitional Prime Minister,
/// Ahmad al-Shar’a", "The ministry’s spokesperson, Nour al-Din al-Baba", "the Secretary-General
/// of the Syrian Presidency, Maher al-Shar’a") or after it ("Dana Whitfield, the union's
/// president", "Marcus Lee, a spokesperson for the port authority"). The body the title belongs
/// to becomes the person's organization. Relations ("his Russian counterpart") are not titles.
/// </summary>
internal sealed class Appositions(string text, Lexicon lexicon, EntityRegistry registry)
{
    /// <summary>Words that qualify a title and stay in it ("transitional Prime Minister").</summary>
    private static readonly HashSet<string> Qualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "transitional", "interim", "acting", "former", "deputy", "senior", "chief", "vice", "assistant", "executive", "caretaker", "outgoing", "incoming", "top",
    };

    public void Apply(IReadOnlyList<Token> tokens, List<ClassifiedRun> runs)
    {
        foreach (var person in runs.Where(r => r.Entity is { Kind: EntityKind.Person } && r.Title is null))
        {
            var mention = person.Entity!.MentionAt(person.NameSpan);
            if (mention is null || mention.Title is not null)
                continue;
            var found = Before(tokens, runs, person) ?? After(tokens, runs, person);
            if (found is not { } apposition)
                continue;
            person.Entity.Remention(person.NameSpan, mention.Text ?? "", apposition.Title);
            if (apposition.Organization is not null && person.Entity.Organization is null)
                person.Entity.Organization = apposition.Organization;
        }
    }

    private (string Title, EntityDraft? Organization)? Before(IReadOnlyList<Token> tokens, List<ClassifiedRun> runs, ClassifiedRun person)
    {
        var comma = person.Run.First - 1;
        if (comma < 1 || tokens[comma].Text != ",")
            return null;
        // A capitalized title, possibly with its body: "the Secretary-General of the Syrian Presidency".
        if (runs.FirstOrDefault(r => r.TitleOnly && r.Run.Last == comma - 1) is { } titleRun)
        {
            var start = titleRun.Run.First;
            while (start > 0 && Qualifiers.Contains(tokens[start - 1].Text))
                start--;
            var title = text[tokens[start].Start..tokens[titleRun.Run.First].Start] + titleRun.Title;
            return (title, titleRun.TitleOrganization ?? OwnerBefore(tokens, runs, start));
        }
        // A lower-case title: "The ministry’s spokesperson".
        var last = comma - 1;
        var first = last;
        while (first >= 0 && tokens[first].IsWord && !tokens[first].Possessive && (lexicon.TitleWords.Contains(tokens[first].Text) || Qualifiers.Contains(tokens[first].Text)))
            first--;
        first++;
        if (first > last || !lexicon.TitleWords.Contains(tokens[last].Text))
            return null;
        return (text[tokens[first].Start..tokens[last].End], OwnerBefore(tokens, runs, first));
    }

    /// <summary>"Syria’s", "The ministry’s": the possessive owner right before a title.</summary>
    private EntityDraft? OwnerBefore(IReadOnlyList<Token> tokens, List<ClassifiedRun> runs, int titleStart)
    {
        var owner = titleStart - 1;
        if (owner < 0 || !tokens[owner].Possessive)
            return null;
        if (runs.FirstOrDefault(r => r.Run.Last == owner) is { Entity: { } named })
            return named.Kind is EntityKind.Organization or EntityKind.Outlet ? named : null;
        return registry.At(TextSpan.FromBounds(owner > 0 && tokens[owner - 1].Is("the") ? tokens[owner - 1].Start : tokens[owner].Start, tokens[owner].End))
            is { Kind: EntityKind.Organization or EntityKind.Outlet } described ? described : null;
    }

    private (string Title, EntityDraft? Organization)? After(IReadOnlyList<Token> tokens, List<ClassifiedRun> runs, ClassifiedRun person)
    {
        var comma = person.Run.Last + 1;
        if (comma + 2 >= tokens.Count || tokens[comma].Text != "," || !(tokens[comma + 1].Is("the") || tokens[comma + 1].Is("a") || tokens[comma + 1].Is("an")))
            return null;
        var end = comma + 2;
        while (end < tokens.Count && tokens[end].Text != "," && tokens[end].Text != "." && end - comma < 14)
            end++;
        EntityDraft? organization = null;
        var titleFirst = -1;
        var titleLast = -1;
        for (var k = comma + 2; k < end; k++)
        {
            if (tokens[k].Possessive && registry.At(TextSpan.FromBounds(tokens[k - 1].Is("the") ? tokens[k - 1].Start : tokens[k].Start, tokens[k].End)) is { Kind: EntityKind.Organization or EntityKind.Outlet } owner)
                organization = owner;
            else if (tokens[k].Possessive && runs.FirstOrDefault(r => r.Run.Last == k) is { Entity: { Kind: EntityKind.Organization or EntityKind.Outlet } namedOwner })
                organization = namedOwner;
            if (titleLast < 0 && tokens[k].IsWord && (lexicon.TitleWords.Contains(tokens[k].Text) || (titleFirst >= 0 && Qualifiers.Contains(tokens[k].Text))))
            {
                if (titleFirst < 0)
                {
                    titleFirst = k;
                    while (titleFirst - 1 > comma + 1 && Qualifiers.Contains(tokens[titleFirst - 1].Text))
                        titleFirst--;
                }
                if (k + 1 >= end || !lexicon.TitleWords.Contains(tokens[k + 1].Text))
                    titleLast = k;
            }
            if (titleLast >= 0 && k > titleLast && (tokens[k].Is("for") || tokens[k].Is("of") || tokens[k].Is("at")))
                organization ??= Body(tokens, runs, k + 1, end);
        }
        if (titleFirst < 0 || titleLast < 0)
            return null;
        return (text[tokens[titleFirst].Start..tokens[titleLast].End], organization);
    }

    /// <summary>The organization named or described in tokens from..end ("the port authority", "the Kestrel Port Authority").</summary>
    private EntityDraft? Body(IReadOnlyList<Token> tokens, List<ClassifiedRun> runs, int from, int end)
    {
        if (runs.FirstOrDefault(r => r.Run.First >= from && r.Run.Last < end && r.Entity is { Kind: EntityKind.Organization or EntityKind.Outlet }) is { } named)
            return named.Entity;
        if (from < end && tokens[from].Is("the"))
        {
            for (var k = end - 1; k > from; k--)
            {
                if (registry.At(TextSpan.FromBounds(tokens[from].Start, tokens[k].End)) is { Kind: EntityKind.Organization or EntityKind.Outlet } described)
                    return described;
            }
        }
        return null;
    }
}
