namespace ClaimCheck.Extraction.Input;

/// <summary>
/// Reads the common front matter, one <c>key: value</c> per line with a plain word or date, or
/// text in double quotes without escapes, without a YAML parser: most Markdown articles have
/// nothing more, and building the YAML document cost more than extracting a short article.
/// Anything else (comments, escapes, empty or repeated keys, lists, other spacing) returns
/// null, and <see cref="FrontMatter"/> reads it with YamlDotNet, so the result is the same.
/// </summary>
internal static class SimpleFrontMatter
{
    public static List<(string Key, string Value)>? TryRead(string text, int start, int end)
    {
        var pairs = new List<(string Key, string Value)>();
        var position = start;
        while (position < end)
        {
            var lineEnd = text.IndexOf('\n', position, end - position);
            var line = text.AsSpan(position, (lineEnd < 0 ? end : lineEnd) - position);
            position = lineEnd < 0 ? end : lineEnd + 1;
            if (line.EndsWith("\r"))
                line = line[..^1];
            if (line.IsEmpty)
                continue;
            var colon = line.IndexOf(": ");
            if (colon <= 0 || !IsKey(line[..colon]) || Value(line[(colon + 2)..]) is not { } value)
                return null;
            var key = line[..colon].ToString();
            if (pairs.Exists(p => p.Key == key))
                return null;
            pairs.Add((key, value));
        }
        return pairs.Count > 0 ? pairs : null;
    }

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        if (!char.IsAsciiLetter(key[0]))
            return false;
        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
                return false;
        }
        return true;
    }

    /// <summary>A plain value of letters, digits, '.' and '-' ("2024-05-01", "en"), or "text" with only printable characters and no '"' or '\'.</summary>
    private static string? Value(ReadOnlySpan<char> value)
    {
        if (value.Length >= 3 && value[0] == '"' && value[^1] == '"')
        {
            var inner = value[1..^1];
            foreach (var c in inner)
            {
                // Outside: marks YAML would read (quote, escape), breaks (NEL, U+2028/9), controls, and anything from surrogates up.
                if (c is '"' or '\\' or '\u2028' or '\u2029' || c < ' ' || c is > '~' and < '\u00A0' || c >= '\uD800')
                    return null;
            }
            return inner.ToString();
        }
        if (value.IsEmpty || !char.IsAsciiLetterOrDigit(value[0]))
            return null;
        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '.' and not '-')
                return null;
        }
        return value is "null" or "Null" or "NULL" or "true" or "True" or "TRUE" or "false" or "False" or "FALSE" or "yes" or "no" or "on" or "off" or "y" or "n" ? null : value.ToString();
    }
}
