using System.Collections.Immutable;
using ClaimCheck.Text;

namespace ClaimCheck.Registry;

/// <summary>
/// An office or title a person held, with the organization it belongs to and its dates. An
/// office without <see cref="From"/> or <see cref="To"/> is open on that side.
/// </summary>
public sealed record RegistryOffice(
    string HolderId,
    string Title,
    ImmutableArray<string> TitleAliases,
    string? OrganizationId,
    RegistryDate? From,
    RegistryDate? To)
{
    /// <summary>The title and its other forms ("Deputy Minister of Foreign Affairs", "Deputy Foreign Minister").</summary>
    /// <summary>Where the office is written, for diagnostics about it.</summary>
    public TextLocation? Location { get; init; }

    public IReadOnlyList<string> Titles => [Title, .. TitleAliases];

    /// <summary>
    /// Whether the office may have been held on <paramref name="date"/>. Partial dates are read
    /// generously (2025 covers the whole year), so a finding never rests on a guessed day.
    /// </summary>
    public bool HeldOn(DateOnly date) =>
        (From is null || From.Earliest <= date) && (To is null || date <= To.Latest);
}
