namespace ClaimCheck.Binding;

/// <summary>
/// Normalizes the words of policy sentences and phrase definitions so that articles are
/// optional and singular and plural read alike: "statements attributed to a ministry
/// spokesperson" and "statement attributed to ministry spokesperson" are the same words.
/// </summary>
public static class PolicyWords
{
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "a", "an", "the" };

    public static string Normalize(string word)
    {
        var w = word.Trim().Trim('.', ',', ';', ':', '!', '?', '"', '\'', '“', '”', '‘', '’', '(', ')').ToLowerInvariant();
        w = w.Replace('’', '\'');
        if (w.EndsWith("'s", StringComparison.Ordinal))
            w = w[..^2];
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
            return w[..^3] + "y";
        if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal))
            return w[..^1];
        return w;
    }

    public static bool IsArticle(string normalized) => Articles.Contains(normalized);

    /// <summary>The phrase key: normalized words without articles, joined by single spaces.</summary>
    public static string Key(IEnumerable<string> words) =>
        string.Join(" ", words.Select(Normalize).Where(w => w.Length > 0 && !IsArticle(w)));

    public static string Key(string text) => Key(text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
