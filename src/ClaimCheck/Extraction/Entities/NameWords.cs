using ClaimCheck.Extraction.Segmentation;

namespace ClaimCheck.Extraction.Entities;

/// <summary>Which words can be part of a name: capitalized words other than function words, and name particles ("al-Din").</summary>
internal static class NameWords
{
    private static readonly HashSet<string> Function = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "in", "on", "at", "it", "its", "this", "these", "those", "that", "he", "she", "they", "we", "i", "his", "her",
        "their", "our", "there", "both", "some", "about", "after", "before", "while", "when", "where", "as", "but", "and", "or", "if",
        "according", "during", "following", "meanwhile", "however", "also", "since", "despite", "with", "for", "from", "by", "to", "of",
        "last", "next", "nearly", "almost", "more", "most", "many", "several", "one", "two", "three", "no", "not", "all", "each", "every",
        "what", "who", "which", "why", "how", "asked", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "mr", "mrs", "ms", "yes", "so", "then", "now", "here", "today", "yesterday", "tomorrow", "other", "another", "such",
    };

    private static readonly string[] Particles = ["al-", "el-", "ad-", "as-", "ash-", "ar-", "an-", "bin", "ibn", "abu", "van", "von", "de", "da", "di", "du", "der", "den", "la", "le", "ul-"];

    public static bool IsFunctionWord(string word) => Function.Contains(word);

    public static bool IsNameLike(Token token) =>
        token.IsWord && ((char.IsUpper(token.Text[0]) && !Function.Contains(token.Text)) || IsParticleName(token.Text));

    /// <summary>"al-Baba", "al-Shar’a": a lower-case particle joined to a capitalized name.</summary>
    public static bool IsParticleName(string word)
    {
        var hyphen = word.IndexOf('-');
        if (!(hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1])))
            return false;
        foreach (var particle in Particles)
        {
            if (word.StartsWith(particle, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    // Loops rather than Any and All with lambdas: these run for most tokens, and a lambda that
    // captures the word allocates its closure on every call.
    public static bool IsParticle(string word)
    {
        foreach (var particle in Particles)
        {
            if (!particle.EndsWith('-') && particle == word)
                return true;
        }
        return false;
    }

    public static bool IsAllCaps(string word)
    {
        if (word.Length <= 1)
            return false;
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
                return false;
        }
        return true;
    }
}
