using System.Globalization;
using System.Text;

namespace ClaimCheck.Registry.Linking;

/// <summary>
/// Folds the ways one Arabic or Russian name is written in English to one key, so
/// "Ahmad al-Shar’a", "Ahmad al-Sharaa" and "ahmad AL SHAR'A" meet: diacritics, case and
/// apostrophes (’ ' ʼ ʻ ‘ `) go, hyphens and dashes become spaces, the article "al"/"el" is
/// dropped, and doubled letters are written once (the ayn of Shar’a is often written "aa").
/// </summary>
public static class NameNormalizer
{
    private const string Apostrophes = "'’‘ʼʻ`´ʿʾ";

    // The tool runs with invariant globalization, where string.Normalize cannot decompose
    // letters, so the accented Latin letters of transliterated names are folded from a table.
    private static readonly Dictionary<char, char> Folds = BuildFolds(
        ("àáâãäåāăąǎ", 'a'), ("çćĉċč", 'c'), ("ďđḍ", 'd'), ("èéêëēĕėęěẹ", 'e'), ("ĝğġģ", 'g'), ("ĥħḥ", 'h'),
        ("ìíîïĩīĭįıǐ", 'i'), ("ĵ", 'j'), ("ķ", 'k'), ("ĺļľŀł", 'l'), ("ñńņňṇ", 'n'), ("òóôõöøōŏőǒọ", 'o'),
        ("ŕŗř", 'r'), ("śŝşšṣș", 's'), ("ţťŧṭț", 't'), ("ùúûüũūŭůűųǔụ", 'u'), ("ŵ", 'w'), ("ýÿŷ", 'y'), ("źżžẓ", 'z'));

    public static string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var original in name)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(original) == UnicodeCategory.NonSpacingMark || Apostrophes.Contains(original))
                continue;
            var c = char.ToLowerInvariant(original);
            builder.Append(Folds.TryGetValue(c, out var plain) ? plain : char.IsLetterOrDigit(c) ? c : ' ');
        }
        var tokens = builder.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(t => t is not ("al" or "el"))
            .Select(CollapseDoubles);
        return string.Join(' ', tokens);
    }

    /// <summary>The last word of the key: the surname, for names written in Western order.</summary>
    public static string Surname(string key) => key.Length == 0 ? "" : key[(key.LastIndexOf(' ') + 1)..];

    /// <summary>Whether the title key contains the other as whole words ("transitional president" contains "president").</summary>
    public static bool ContainsWords(string key, string part) =>
        part.Length > 0 && $" {key} ".Contains($" {part} ", StringComparison.Ordinal);

    private static Dictionary<char, char> BuildFolds(params (string Accented, char Plain)[] groups) =>
        groups.SelectMany(g => g.Accented.Select(c => (c, g.Plain))).ToDictionary(p => p.c, p => p.Plain);

    private static string CollapseDoubles(string token)
    {
        var builder = new StringBuilder(token.Length);
        foreach (var c in token)
        {
            if (builder.Length == 0 || builder[^1] != c || !char.IsLetter(c))
                builder.Append(c);
        }
        return builder.ToString();
    }
}
