using System.Collections.Frozen;
using ClaimCheck.Extraction.Entities;
using ClaimCheck.Model;

namespace ClaimCheck.Extraction.Lexicons;

/// <summary>
/// A name to match word by word in a headline, and what it names. <see cref="Words"/> are
/// normalized as <see cref="EntityRegistry.Same"/> does, once, so matching only compares.
/// </summary>
internal sealed record HeadlineName(EntityDraft? Entity, string Name, string[] Words, EntityKind Kind)
{
    public static HeadlineName Of(EntityDraft? entity, string name, EntityKind kind) =>
        new(entity, name, Array.ConvertAll(name.Split(' '), EntityRegistry.Normalize), kind);
}

/// <summary>
/// The gazetteers' place and country names, split into words once per lexicon and indexed by
/// their first word (as <see cref="EntityRegistry.Same"/> compares words), so a headline is
/// matched against the few names that can start at each word instead of all of them. Each
/// bucket keeps the order the headline rule tries names in: most words first, places before
/// countries, file order. Immutable, so the threads that share a lexicon can read it.
/// </summary>
internal sealed class GazetteerNames
{
    private readonly FrozenDictionary<string, HeadlineName[]> _byFirstWord;

    private GazetteerNames(FrozenDictionary<string, HeadlineName[]> byFirstWord) => _byFirstWord = byFirstWord;

    public static GazetteerNames Build(IEnumerable<string> places, IEnumerable<string> countries)
    {
        var ordered = places.Select(n => HeadlineName.Of(null, n, EntityKind.Place))
            .Concat(countries.Select(n => HeadlineName.Of(null, n, EntityKind.Country)))
            .OrderByDescending(n => n.Words.Length); // stable, like the list it replaces
        var byFirstWord = ordered.GroupBy(n => n.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
        return new GazetteerNames(byFirstWord);
    }

    /// <summary>The names whose first word is <paramref name="normalizedWord"/>, in the order to try them.</summary>
    public IReadOnlyList<HeadlineName> StartingWith(string normalizedWord) =>
        _byFirstWord.TryGetValue(normalizedWord, out var names) ? names : [];
}
