using ClaimCheck.Extraction.Segmentation;
using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Entities;

/// <summary>
/// Links that need the whole article: an organization a title implies ("Deputy Foreign Minister"
/// → the article's "Russian Ministry of Foreign Affairs"), and pronouns: "he", "his", "she",
/// "her" refer to the last person named before them; "its" to the first organization or country
/// named earlier in its sentence.
/// </summary>
internal static class References
{
    public static void LinkImpliedOrganizations(EntityRegistry registry)
    {
        foreach (var person in registry.All.Where(e => e.Kind == EntityKind.Person && e.Organization is null && e.ImpliedOrganization is not null))
        {
            var parts = person.ImpliedOrganization!.Split('|');
            var (country, body) = parts.Length == 2 ? (parts[0], parts[1]) : (null, parts[0]);
            person.Organization = registry.All.FirstOrDefault(e => e.Kind == EntityKind.Organization && e.Mentions.Count > 0
                && e.Name.Contains(body, StringComparison.OrdinalIgnoreCase)
                && (country is null || e.Country?.Name == country));
        }
    }

    /// <summary>The person mentioned last before <paramref name="position"/>; of two mentioned at once, the one registered first.</summary>
    public static EntityDraft? PersonBefore(EntityRegistry registry, int position)
    {
        EntityDraft? best = null;
        var bestLast = -1;
        foreach (var entity in registry.All)
        {
            if (entity.Kind != EntityKind.Person)
                continue;
            var last = entity.LastMentionBefore(position);
            if (last > bestLast)
            {
                best = entity;
                bestLast = last;
            }
        }
        return best;
    }

    private static EntityDraft? Described(SentenceView sentence, EntityRegistry registry, int before)
    {
        foreach (var token in sentence.Tokens)
        {
            if (token.Start >= before)
                break;
            if (!token.Is("the"))
                continue;
            foreach (var end in sentence.Tokens.Where(t => t.Start > token.Start && t.Start < before).Take(3))
            {
                if (registry.At(TextSpan.FromBounds(token.Start, end.End)) is { Kind: EntityKind.Organization } e)
                    return e;
            }
        }
        return null;
    }

    /// <summary>
    /// The sentence's own names, found by span: the first organization or country before "its".
    /// A method of its own, so the lambda's closure is made for an "its" only, not for every token.
    /// </summary>
    private static EntityDraft? Owner(SentenceView sentence, EntityRegistry registry, int position) =>
        sentence.Runs.Select(r => r.Entity).FirstOrDefault(e => e is { Kind: EntityKind.Organization or EntityKind.Country } && e.LastMentionBefore(position) >= sentence.Span.Start)
        ?? Described(sentence, registry, position);

    public static void Pronouns(IReadOnlyList<SentenceView> sentences, EntityRegistry registry)
    {
        foreach (var sentence in sentences.Where(s => !s.IsHeadline))
        {
            foreach (var token in sentence.Tokens)
            {
                // Every word looked for has two or three letters: most tokens are passed over at once.
                if (!token.IsWord || token.Text.Length is not (2 or 3))
                    continue;
                if (token.Is("he") || token.Is("his") || token.Is("him") || token.Is("she") || token.Is("her"))
                {
                    if (registry.At(token.Span) is null && PersonBefore(registry, token.Start) is { } person)
                        person.Mention(token.Span, token.Text);
                }
                else if (token.Is("its") && registry.At(token.Span) is null)
                {
                    Owner(sentence, registry, token.Start)?.Mention(token.Span, token.Text);
                }
            }
        }
    }
}
