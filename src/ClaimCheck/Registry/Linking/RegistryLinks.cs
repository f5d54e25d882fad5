using System.Collections.Immutable;

namespace ClaimCheck.Registry.Linking;

/// <summary>
/// The registry links of one article, made at check time and never written back into the
/// model: each linked entity's entry, and a note for each entity left unlinked because more
/// than one entry fits. Mentions share their entity's link.
/// </summary>
public sealed class RegistryLinks
{
    private readonly ImmutableDictionary<string, RegistryLink> _links;
    private readonly ImmutableDictionary<string, AmbiguousLink> _notes;

    public RegistryLinks(ReferenceRegistry registry, ImmutableDictionary<string, RegistryLink> links, ImmutableDictionary<string, AmbiguousLink> notes)
    {
        Registry = registry;
        _links = links;
        _notes = notes;
    }

    /// <summary>No registry was loaded: nothing links, so rules that need the registry have no subjects.</summary>
    public static RegistryLinks None { get; } = new(ReferenceRegistry.Empty, ImmutableDictionary<string, RegistryLink>.Empty, ImmutableDictionary<string, AmbiguousLink>.Empty);

    public ReferenceRegistry Registry { get; }

    public int Count => _links.Count;

    public RegistryLink? For(string entityId) => _links.GetValueOrDefault(entityId);

    /// <summary>Why the entity is not linked, when it is left unlinked on purpose (ambiguous).</summary>
    public AmbiguousLink? AmbiguityFor(string entityId) => _notes.GetValueOrDefault(entityId);

    /// <summary>The ambiguous entities and their notes, by entity id.</summary>
    public IEnumerable<KeyValuePair<string, AmbiguousLink>> Ambiguous => _notes.OrderBy(n => n.Key, StringComparer.Ordinal);
}
