using ClaimCheck.Diagnostics;
using ClaimCheck.Text;

namespace ClaimCheck.Registry;

/// <summary>
/// Checks that concern several entries, possibly from several files: ids are unique, an alias
/// names one entry, and references name an organization or outlet that exists.
/// </summary>
internal static class RegistryValidator
{
    public static IReadOnlyList<RegistryEntry> Validate(IReadOnlyList<RegistryEntry> entries, DiagnosticBag diagnostics)
    {
        var unique = new List<RegistryEntry>();
        var ids = new Dictionary<string, RegistryEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (ids.TryGetValue(entry.Id, out var first))
            {
                diagnostics.Report(DiagnosticDescriptors.RegistryDuplicateId, entry.Location, entry.Id, Where(first.Location));
                continue;
            }
            ids.Add(entry.Id, entry);
            unique.Add(entry);
        }

        CheckAliases(unique, diagnostics);

        var bodies = unique.Where(e => e.Kind != RegistryEntryKind.Person).Select(e => e.Id).ToArray();
        foreach (var entry in unique)
        {
            if (entry.Parent is { } parent && !bodies.Contains(parent, StringComparer.Ordinal))
                diagnostics.Report(DiagnosticDescriptors.RegistryUnknownReference, entry.Location, parent, Suggestions.DidYouMean(parent, bodies));
            foreach (var office in entry.Offices)
            {
                if (office.OrganizationId is { } organization && !bodies.Contains(organization, StringComparer.Ordinal))
                    diagnostics.Report(DiagnosticDescriptors.RegistryUnknownReference, office.Location, organization, Suggestions.DidYouMean(organization, bodies));
            }
        }
        return unique;
    }

    /// <summary>An alias that is also a name or alias of another entry would make linking guess; it is reported where it is written.</summary>
    private static void CheckAliases(IReadOnlyList<RegistryEntry> entries, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, (RegistryEntry Entry, TextLocation? Location)>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            owners.TryAdd(entry.Name, (entry, entry.Location));
            if (entry.FullName is { } full)
                owners.TryAdd(full, (entry, entry.Location));
        }
        foreach (var entry in entries)
        {
            for (var i = 0; i < entry.Aliases.Length; i++)
            {
                var alias = entry.Aliases[i];
                var location = i < entry.AliasLocations.Length ? entry.AliasLocations[i] : entry.Location;
                if (owners.TryGetValue(alias, out var owner) && owner.Entry.Id != entry.Id)
                    diagnostics.Report(DiagnosticDescriptors.RegistryDuplicateAlias, location, alias, owner.Entry.Id, Where(owner.Location));
                else
                    owners.TryAdd(alias, (entry, location));
            }
        }
    }

    private static string Where(TextLocation? location) =>
        location is null ? "another entry" : $"{location.Path}({location.Start.Line + 1},{location.Start.Character + 1})";
}
