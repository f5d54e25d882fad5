using System.Collections.Immutable;
using ClaimCheck.Registry.Linking;

namespace ClaimCheck.Registry;

/// <summary>
/// The people, organizations and outlets of one or more registry files, merged. Named so as not
/// to clash with the namespace; immutable once loaded.
/// </summary>
public sealed class ReferenceRegistry
{
    private readonly Dictionary<string, RegistryEntry> _byId = new(StringComparer.Ordinal);

    public ReferenceRegistry(IEnumerable<RegistryEntry> entries)
    {
        Entries = entries.ToImmutableArray();
        foreach (var entry in Entries)
            _byId.TryAdd(entry.Id, entry);
        Offices = Entries.SelectMany(e => e.Offices).ToImmutableArray();
        _names = new Lazy<RegistryNameIndex>(() => new RegistryNameIndex(this));
    }

    private readonly Lazy<RegistryNameIndex> _names;

    /// <summary>The names looked up for linking; built on first use, shared by every article.</summary>
    internal RegistryNameIndex Names => _names.Value;

    public static ReferenceRegistry Empty { get; } = new([]);

    public ImmutableArray<RegistryEntry> Entries { get; }

    /// <summary>Every office of every person.</summary>
    public ImmutableArray<RegistryOffice> Offices { get; }

    public RegistryEntry? Find(string? id) => id is not null && _byId.TryGetValue(id, out var e) ? e : null;

    /// <summary>The offices that belong to an organization or outlet, whoever held them.</summary>
    public IEnumerable<RegistryOffice> OfficesIn(RegistryEntry organization) =>
        Offices.Where(o => o.OrganizationId == organization.Id);
}
