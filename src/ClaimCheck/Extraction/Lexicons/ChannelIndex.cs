using System.Collections.Frozen;

namespace ClaimCheck.Extraction.Lexicons;

/// <summary>
/// The channel patterns by the word a match starts with (the first word before the slot, or
/// after it for "{X} reported"), so each token of a sentence is tried against the few patterns
/// that can start there. Every bucket keeps channels.txt's order. Immutable once built.
/// </summary>
internal sealed class ChannelIndex
{
    private readonly FrozenDictionary<string, ChannelPattern[]> _byFirstWord;
    private readonly ChannelPattern[] _anyWord;

    private ChannelIndex(FrozenDictionary<string, ChannelPattern[]> byFirstWord, ChannelPattern[] anyWord)
    {
        _byFirstWord = byFirstWord;
        _anyWord = anyWord;
    }

    public static ChannelIndex Build(IReadOnlyList<ChannelPattern> patterns)
    {
        static string? FirstWord(ChannelPattern p) => p.Before.Count > 0 ? p.Before[0] : p.After.Count > 0 ? p.After[0] : null;
        // A pattern without words could start anywhere: it goes in every bucket, in its place.
        var anyWord = patterns.Where(p => FirstWord(p) is null).ToArray();
        var words = patterns.Select(FirstWord).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase);
        var byFirstWord = words.ToFrozenDictionary(
            w => w,
            w => patterns.Where(p => FirstWord(p) is not { } first || string.Equals(first, w, StringComparison.OrdinalIgnoreCase)).ToArray(),
            StringComparer.OrdinalIgnoreCase);
        return new ChannelIndex(byFirstWord, anyWord);
    }

    /// <summary>The patterns a match starting at a token with this text can come from, in file order.</summary>
    public ChannelPattern[] StartingWith(string word) => _byFirstWord.TryGetValue(word, out var patterns) ? patterns : _anyWord;
}
