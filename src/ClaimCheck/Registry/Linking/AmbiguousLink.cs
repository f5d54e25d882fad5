using System.Collections.Immutable;

namespace ClaimCheck.Registry.Linking;

/// <summary>An entity left unlinked because the way that matched (<see cref="Method"/>) found several entries.</summary>
public sealed record AmbiguousLink(string Method, ImmutableArray<RegistryEntry> Candidates)
{
    /// <summary>"'ahmed-al-sharaa' (Ahmed al-Sharaa) or 'maher-al-sharaa' (Maher al-Sharaa)".</summary>
    public string CandidateList => string.Join(" or ", Candidates.Select(c => $"'{c.Id}' ({c.Name})"));

    /// <summary>The note rules see as <c>entity.registryNote</c>.</summary>
    public string Note => $"ambiguous by {Method}: {CandidateList}";
}
