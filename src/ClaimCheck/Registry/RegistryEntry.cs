using System.Collections.Immutable;
using ClaimCheck.Text;

namespace ClaimCheck.Registry;

/// <summary>One person, organization or outlet of the registry, as the file gives it.</summary>
public sealed record RegistryEntry
{
    public string Id { get; init; } = "";
    public RegistryEntryKind Kind { get; init; }
    public string Name { get; init; } = "";

    /// <summary>The official or fullest name; the <see cref="Name"/> when the file gives none.</summary>
    public string? FullName { get; init; }

    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>For a person, the nationality; for an organization or outlet, its country.</summary>
    public string? Country { get; init; }

    /// <summary>For an outlet: state-agency, public-broadcaster, private or wire.</summary>
    public string? OutletKind { get; init; }

    /// <summary>The id of the body this one belongs to (a ministry's government, an agency's owner).</summary>
    public string? Parent { get; init; }

    public ImmutableArray<RegistryOffice> Offices { get; init; } = [];

    /// <summary>Where the facts come from ("Wikipedia: Ahmed al-Sharaa, accessed 2026").</summary>
    public string? Source { get; init; }

    /// <summary>Where the entry is written, for diagnostics about it.</summary>
    public TextLocation? Location { get; init; }

    /// <summary>Where each alias is written, in the order of <see cref="Aliases"/>.</summary>
    public ImmutableArray<TextLocation> AliasLocations { get; init; } = [];

    public string DisplayFullName => FullName ?? Name;

    /// <summary>The name, the full name and the aliases: every name the entry may be called by.</summary>
    public IEnumerable<string> AllNames =>
        new[] { Name }.Concat(FullName is null ? [] : [FullName]).Concat(Aliases).Distinct(StringComparer.Ordinal);
}
