using ClaimCheck.Diagnostics;

namespace ClaimCheck.Binding;

/// <summary>Every phrase defined in the loaded rule files, looked up by subject kind and normalized words.</summary>
internal sealed class PhraseTable
{
    private readonly Dictionary<(string Kind, string Key), PhraseDefinition> _phrases = [];

    public bool TryAdd(PhraseDefinition phrase, out PhraseDefinition? existing)
    {
        if (_phrases.TryGetValue((phrase.Kind.Name, phrase.Key), out existing))
            return false;
        _phrases[(phrase.Kind.Name, phrase.Key)] = phrase;
        return true;
    }

    public PhraseDefinition? Find(SubjectKind kind, string key) =>
        _phrases.GetValueOrDefault((kind.Name, key));

    /// <summary>A phrase with these words defined for some other kind, for a pointed diagnostic.</summary>
    public PhraseDefinition? FindForOtherKind(string key) =>
        _phrases.Values.Where(p => p.Key == key).OrderBy(p => p.Kind.Name, StringComparer.Ordinal).FirstOrDefault();

    public string? Nearest(SubjectKind kind, string key) =>
        Suggestions.Nearest(key, _phrases.Values.Where(p => p.Kind == kind).Select(p => p.Key));

    public IEnumerable<PhraseDefinition> All => _phrases.Values.OrderBy(p => p.Kind.Name).ThenBy(p => p.Key, StringComparer.Ordinal);
}
