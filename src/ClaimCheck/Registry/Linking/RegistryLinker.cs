using System.Collections.Immutable;
using ClaimCheck.Model;

namespace ClaimCheck.Registry.Linking;

/// <summary>
/// Links an article's people, organizations and outlets to registry entries. The ways are
/// tried from the surest to the loosest (name, alias, transliteration, surname with a title);
/// the first way that finds anything decides: one entry links, several leave the entity
/// unlinked with a note, since a wrong link would make the rules assert wrong facts.
/// </summary>
public static class RegistryLinker
{
    public static RegistryLinks Link(Article article, ReferenceRegistry registry)
    {
        var links = ImmutableDictionary.CreateBuilder<string, RegistryLink>(StringComparer.Ordinal);
        var notes = ImmutableDictionary.CreateBuilder<string, AmbiguousLink>(StringComparer.Ordinal);
        foreach (var entity in article.Entities)
        {
            foreach (var (method, candidates) in Ways(article, entity, registry.Names))
            {
                // By id, so that a note lists its candidates the same way on every run.
                var found = candidates.Where(e => Compatible(entity.Kind, e.Kind)).OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
                if (found.Length == 1)
                    links[entity.Id] = new RegistryLink(found[0], method);
                else if (found.Length > 1)
                    notes[entity.Id] = new AmbiguousLink(method, [.. found]);
                if (found.Length > 0)
                    break;
            }
        }
        return new RegistryLinks(registry, links.ToImmutable(), notes.ToImmutable());
    }

    private static IEnumerable<(string Method, IEnumerable<RegistryEntry> Candidates)> Ways(Article article, Entity entity, RegistryNameIndex index)
    {
        var names = new[] { entity.Name }.Concat(entity.Aliases).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).ToArray();

        yield return (LinkMethods.Name, index.ByName(names));
        yield return (LinkMethods.Alias, index.ByAlias(names));
        yield return (LinkMethods.Transliteration, index.ByKey(names.Select(NameNormalizer.Key)));

        // A surname alone ("Vershinin") is too weak by itself; with a title the registry also gives, it is how wire copy names people.
        var own = NameNormalizer.Key(entity.Name);
        if (entity.Kind == EntityKind.Person && own.Length > 0 && !own.Contains(' '))
        {
            var titles = TitlesOf(article, entity).Select(NameNormalizer.Key).Where(t => t.Length > 0).ToArray();
            yield return (LinkMethods.SurnameAndTitle, index.BySurname(own).Where(e =>
                e.Offices.Any(o => o.Titles.Any(t => titles.Any(given => NameNormalizer.ContainsWords(given, NameNormalizer.Key(t)))))));
        }
    }

    /// <summary>Every title the article gives the entity: its titles, the titles at its mentions, the roles of its statements.</summary>
    private static IEnumerable<string> TitlesOf(Article article, Entity entity) =>
        entity.Titles
            .Concat(entity.Mentions.Select(m => m.Title))
            .Concat(article.Statements.Where(s => s.Source.Entity == entity.Id).Select(s => s.Source.Role))
            .OfType<string>();

    private static bool Compatible(EntityKind entity, RegistryEntryKind entry) => entity switch
    {
        EntityKind.Person => entry == RegistryEntryKind.Person,
        // An article may call an agency an organization, or a ministry's press service an outlet.
        EntityKind.Organization or EntityKind.Outlet => entry != RegistryEntryKind.Person,
        _ => false,
    };
}
