using ClaimCheck.Binding.Types;
using ClaimCheck.Model;
using ClaimCheck.Registry;
using ClaimCheck.Registry.Linking;
using static ClaimCheck.Binding.Types.PrimitiveType;

namespace ClaimCheck.Binding;

/// <summary>
/// The registry as rules reach it: <c>entity.registry</c> leads to a <c>registryEntry</c>.
/// Dates are asked about through members that read the article's publication date
/// (<c>officesAtPublication</c>), not through calls: the one date a rule needs is the
/// article's, and members keep the grammar free of call syntax. Without a registry, or for
/// an article without a date, they are missing, so rules that need them have no subjects.
/// </summary>
public static class RegistrySchema
{
    public static readonly ObjectType Entry = new("registryEntry", "a", "A person, organization or outlet of the reference registry, linked to an entity.");
    public static readonly ObjectType Office = new("office", "an", "An office or title held over time, from the registry.");

    static RegistrySchema()
    {
        Entry
            .Add<RegistryEntryView>("id", TextType, "The entry's id in the registry file.", (v, _) => v.Entry.Id)
            .Add<RegistryEntryView>("name", TextType, "The entry's name.", (v, _) => v.Entry.Name)
            .Add<RegistryEntryView>("fullName", TextType, "The full or official name (the name when the file gives none).", (v, _) => v.Entry.DisplayFullName)
            .Add<RegistryEntryView>("kind", TextType, "person, organization or outlet.", (v, _) => v.Entry.Kind.ToString().ToLowerInvariant())
            .Add<RegistryEntryView>("aliases", new ListType(TextType), "Other names and spellings.", (v, _) => v.Entry.Aliases)
            .Add<RegistryEntryView>("country", TextType, "An organization's or outlet's country; a person's nationality.", (v, _) => v.Entry.Country)
            .Add<RegistryEntryView>("nationality", TextType, "A person's nationality (the same field as country).", (v, _) => v.Entry.Kind == RegistryEntryKind.Person ? v.Entry.Country : null)
            .Add<RegistryEntryView>("outletKind", TextType, "For an outlet: state-agency, public-broadcaster, private or wire.", (v, _) => v.Entry.OutletKind)
            .Add<RegistryEntryView>("parent", Entry, "The body it belongs to.", (v, i) => View(i, v.Entry.Parent))
            .Add<RegistryEntryView>("source", TextType, "Where the registry's facts come from.", (v, _) => v.Entry.Source)
            .Add<RegistryEntryView>("linkedBy", TextType, "How the entity was linked: name, alias, transliteration or surname+title.", (v, _) => v.LinkedBy)
            .Add<RegistryEntryView>("offices", new ListType(Office), "A person's offices; for an organization or outlet, the offices in it.", (v, i) => Offices(v, i).ToArray())
            .Add<RegistryEntryView>("titles", new ListType(TextType), "Every title of those offices, with its other forms.", (v, i) => Offices(v, i).SelectMany(o => o.Titles).Distinct().ToArray())
            .Add<RegistryEntryView>("officesAtPublication", new ListType(Office), "The offices held on the article's publication date (missing without a date).", (v, i) => AtPublication(v, i)?.ToArray())
            .Add<RegistryEntryView>("titlesAtPublication", new ListType(TextType), "The titles of those offices (missing without a date).", (v, i) => AtPublication(v, i)?.SelectMany(o => o.Titles).Distinct().ToArray())
            .Add<RegistryEntryView>("holdersAtPublication", new ListType(Entry), "The people who hold those offices (missing without a date).", (v, i) => AtPublication(v, i)?.Select(o => o.HolderId).Distinct().Select(id => View(i, id)).OfType<RegistryEntryView>().ToArray());

        Office
            .Add<RegistryOffice>("title", TextType, "The title (\"President of Syria\").", (o, _) => o.Title)
            .Add<RegistryOffice>("titles", new ListType(TextType), "The title and its other forms (\"President\").", (o, _) => o.Titles)
            .Add<RegistryOffice>("holder", Entry, "The person who held it.", (o, i) => View(i, o.HolderId))
            .Add<RegistryOffice>("organization", Entry, "The organization it belongs to.", (o, i) => View(i, o.OrganizationId))
            .Add<RegistryOffice>("from", DateType, "When it began (the first day of a month or year given alone).", (o, _) => o.From?.Earliest)
            .Add<RegistryOffice>("to", DateType, "When it ended (the last day of a month or year given alone); missing while held.", (o, _) => o.To?.Latest)
            .Add<RegistryOffice>("heldAtPublication", BooleanType, "Whether it was held on the article's publication date (false without a date).", (o, i) => i.Article.Published is { } d && o.HeldOn(d));
    }

    /// <summary><c>entity.registry</c>: the linked entry, missing when none is loaded or none fits.</summary>
    internal static object? EntryOf(Entity entity, ArticleIndex index) =>
        index.Registry.For(entity.Id) is { } link ? new RegistryEntryView(link.Entry, link.Method) : null;

    /// <summary><c>entity.registryNote</c>: why the entity is left unlinked, when it is on purpose.</summary>
    internal static object? NoteOf(Entity entity, ArticleIndex index) => index.Registry.AmbiguityFor(entity.Id)?.Note;

    private static RegistryEntryView? View(ArticleIndex index, string? id) =>
        index.Registry.Registry.Find(id) is { } entry ? new RegistryEntryView(entry, null) : null;

    private static IEnumerable<RegistryOffice> Offices(RegistryEntryView view, ArticleIndex index) =>
        view.Entry.Kind == RegistryEntryKind.Person ? view.Entry.Offices : index.Registry.Registry.OfficesIn(view.Entry);

    private static IEnumerable<RegistryOffice>? AtPublication(RegistryEntryView view, ArticleIndex index) =>
        index.Article.Published is { } date ? Offices(view, index).Where(o => o.HeldOn(date)) : null;
}
