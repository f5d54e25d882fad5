using System.Collections.Frozen;
using ClaimCheck.Extraction.Entities;
using ClaimCheck.Model;

namespace ClaimCheck.Extraction.Lexicons;

/// <summary>A name to match word by word in a headline, and what it names.</summary>
internal sealed record HeadlineName(EntityDraft? Entity, string Name, string[] Words, EntityKind Kind);

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
        var ordered = places.Select(n => new HeadlineName(null, n, n.Split(' '), EntityKind.Place))
            .Concat(countries.Select(n => new HeadlineName(null, n, n.Split(' '), EntityKind.Country)))
            .OrderByDescending(n => n.Words.Length); // stable, like the list it replaces
        var byFirstWord = ordered.GroupBy(n => EntityRegistry.Normalize(n.Words[0]), StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
        return new GazetteerNames(byFirstWord);
    }

    /// <summary>The names whose first word is <paramref name="word"/>, in the order to try them.</summary>
    public IReadOnlyList<HeadlineName> StartingWith(string word) =>
        _byFirstWord.TryGetValue(EntityRegistry.Normalize(word), out var names) ? names : [];
}
