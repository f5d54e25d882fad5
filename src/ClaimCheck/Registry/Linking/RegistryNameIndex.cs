namespace ClaimCheck.Registry.Linking;

/// <summary>
/// The registry's names looked up four ways, built once per registry so that linking an
/// article costs a few lookups per entity, not a pass over every entry.
/// </summary>
internal sealed class RegistryNameIndex
{
    private readonly Dictionary<string, List<RegistryEntry>> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<RegistryEntry>> _aliases = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<RegistryEntry>> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<RegistryEntry>> _surnames = new(StringComparer.Ordinal);

    public RegistryNameIndex(ReferenceRegistry registry)
    {
        foreach (var entry in registry.Entries)
        {
            Add(_names, entry.Name, entry);
            if (entry.FullName is { } full)
                Add(_names, full, entry);
            foreach (var alias in entry.Aliases)
                Add(_aliases, alias, entry);
            foreach (var name in entry.AllNames)
            {
                var key = NameNormalizer.Key(name);
                Add(_keys, key, entry);
                Add(_surnames, NameNormalizer.Surname(key), entry);
            }
        }
    }

    public IEnumerable<RegistryEntry> ByName(IEnumerable<string> names) => Find(_names, names);

    public IEnumerable<RegistryEntry> ByAlias(IEnumerable<string> names) => Find(_aliases, names);

    public IEnumerable<RegistryEntry> ByKey(IEnumerable<string> keys) => Find(_keys, keys);

    public IEnumerable<RegistryEntry> BySurname(string surname) => Find(_surnames, [surname]);

    private static IEnumerable<RegistryEntry> Find(Dictionary<string, List<RegistryEntry>> map, IEnumerable<string> names) =>
        names.SelectMany(n => map.TryGetValue(n, out var found) ? found : []).Distinct(ReferenceEqualityComparer.Instance).Cast<RegistryEntry>();

    private static void Add(Dictionary<string, List<RegistryEntry>> map, string name, RegistryEntry entry)
    {
        if (name.Length == 0)
            return;
        if (!map.TryGetValue(name, out var list))
            map[name] = list = [];
        if (!list.Contains(entry, ReferenceEqualityComparer.Instance))
            list.Add(entry);
    }
}
