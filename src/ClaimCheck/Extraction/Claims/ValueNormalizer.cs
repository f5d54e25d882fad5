using System.Globalization;
using System.Text.RegularExpressions;
using ClaimCheck.Model;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// The normalized form of a value (docs/article-model.md): digits for numbers, a fraction for a
/// percentage, amount and ISO code for money, ISO 8601 for dates and durations. Relative dates
/// ("Monday", "last year", "February") are placed against the publication date, the latest such
/// day or month on or before it; without one they get no value, and neither do vague periods.
/// </summary>
internal static partial class ValueNormalizer
{
    private static readonly string[] NumberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
    private static readonly string[] Ordinals = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
    private static readonly string[] MonthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static string? Normalize(ValueKind kind, string text, DateOnly? published)
    {
        var lower = text.ToLowerInvariant();
        switch (kind)
        {
            case ValueKind.Year:
                if (lower.EndsWith(" year", StringComparison.Ordinal))
                    return published is { } p ? (p.Year + (lower.StartsWith("last") ? -1 : lower.StartsWith("next") ? 1 : 0)).ToString(CultureInfo.InvariantCulture) : null;
                return text;
            case ValueKind.Number:
                var ordinal = Array.FindIndex(Ordinals, o => o.Length > 0 && lower.StartsWith(o + "-", StringComparison.Ordinal));
                if (ordinal > 0)
                    return ordinal.ToString(CultureInfo.InvariantCulture);
                if (OrdinalDigits(lower) is { } digits)
                    return digits;
                return Amount(lower);
            case ValueKind.Percent:
                return Amount(lower) is { } percent ? (decimal.Parse(percent, CultureInfo.InvariantCulture) / 100m).ToString(CultureInfo.InvariantCulture) : null;
            case ValueKind.Money:
                var code = lower.Contains('€') || lower.Contains("euro") ? "EUR" : lower.Contains('£') || lower.Contains("pound") ? "GBP" : "USD";
                return Amount(lower) is { } money ? money + " " + code : null;
            case ValueKind.Quantity:
                var unit = lower.Contains("mile") ? "mi" : lower.Contains("kilomet") || lower.EndsWith(" km") ? "km" : lower.Contains("tonne") || lower.Contains("ton") ? "t" : lower.Split(' ')[^1];
                return Amount(lower) is { } quantity ? quantity + " " + unit : null;
            case ValueKind.Duration:
                return Duration(lower);
            case ValueKind.Date:
                return Date(lower, published);
        }
        return null;
    }

    /// <summary>
    /// The first figure of <paramref name="text"/> and the scale word after it, as the pattern
    /// <c>(\d[\d,]*(?:\.\d+)?)(?: (thousand|million|billion|trillion))?</c> finds them, scanned by
    /// hand: this runs for most values, and the regex engine needs a lock to give groups.
    /// </summary>
    private static string? Amount(string text)
    {
        var start = 0;
        while (start < text.Length && !char.IsDigit(text[start]))
            start++;
        if (start == text.Length)
            return null;
        var end = start + 1;
        while (end < text.Length && (char.IsDigit(text[end]) || text[end] == ','))
            end++;
        if (end + 1 < text.Length && text[end] == '.' && char.IsDigit(text[end + 1]))
        {
            end += 2;
            while (end < text.Length && char.IsDigit(text[end]))
                end++;
        }
        var value = decimal.Parse(text[start..end].Replace(",", ""), CultureInfo.InvariantCulture);
        var rest = text.AsSpan(end);
        value *= rest.StartsWith(" thousand", StringComparison.Ordinal) ? 1_000m
            : rest.StartsWith(" million", StringComparison.Ordinal) ? 1_000_000m
            : rest.StartsWith(" billion", StringComparison.Ordinal) ? 1_000_000_000m
            : rest.StartsWith(" trillion", StringComparison.Ordinal) ? 1_000_000_000_000m
            : 1m;
        return value.ToString("0.############", CultureInfo.InvariantCulture);
    }

    /// <summary>"3rd-busiest" gives "3": the digits of <c>^(\d+)(?:st|nd|rd|th)-</c>, or null.</summary>
    private static string? OrdinalDigits(string text)
    {
        var end = 0;
        while (end < text.Length && char.IsDigit(text[end]))
            end++;
        if (end == 0 || end + 2 >= text.Length || text[end + 2] != '-')
            return null;
        return text.AsSpan(end, 2) is "st" or "nd" or "rd" or "th" ? text[..end] : null;
    }

    private static string? Duration(string text)
    {
        var words = text.Split(' ');
        if (words.Length < 2)
            return null;
        var unit = words[^1].TrimEnd('s');
        var count = words[^2];
        int n;
        if (count is "a" or "an")
            n = 1;
        else if (Array.IndexOf(NumberWords, count) is >= 0 and var index)
            n = index;
        else if (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out n))
            return null;
        if (words.Any(w => w is "about" or "around" or "nearly" or "almost" or "roughly" or "some" or "more" or "less" or "fewer" or "over" or "up" or "least" or "several" or "few"))
            return null;
        return unit switch
        {
            "year" => $"P{n}Y",
            "decade" => $"P{n * 10}Y",
            "month" => $"P{n}M",
            "week" => $"P{n}W",
            "day" => $"P{n}D",
            "hour" => $"PT{n}H",
            "minute" => $"PT{n}M",
            _ => null,
        };
    }

    private static string? Date(string text, DateOnly? published)
    {
        var day = Array.FindIndex(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], d => d == text);
        if (day >= 0)
        {
            if (published is not { } p)
                return null;
            var target = (DayOfWeek)((day + 1) % 7);
            var back = ((int)p.DayOfWeek - (int)target + 7) % 7;
            return p.AddDays(-back).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        if (text == "the weekend")
        {
            if (published is not { } p)
                return null;
            var back = ((int)p.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7;
            var saturday = p.AddDays(back == 0 ? -7 : -back);
            return saturday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/" + saturday.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        var match = DatePattern().Match(text);
        if (!match.Success)
            return null;
        var month = Array.FindIndex(MonthNames, m => m.StartsWith(match.Groups["m"].Value.TrimEnd('.'), StringComparison.Ordinal)) + 1;
        if (month <= 0)
            return null;
        int? year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
        if (year is null && published is { } pub)
            year = month > pub.Month ? pub.Year - 1 : pub.Year;
        if (year is null)
            return null;
        var dayText = match.Groups["d"].Success ? match.Groups["d"].Value : match.Groups["d2"].Value;
        if (dayText.Length == 0)
            return $"{year:0000}-{month:00}";
        var dayNumber = int.Parse(dayText, CultureInfo.InvariantCulture);
        return dayNumber <= DateTime.DaysInMonth(year.Value, month) ? $"{year:0000}-{month:00}-{dayNumber:00}" : null;
    }

    [GeneratedRegex(@"^(?:(?<d2>\d{1,2}) )?(?<m>[a-z]+\.?)(?: (?<d>\d{1,2}))?(?:,? (?<y>\d{4}))?$", RegexOptions.NonBacktracking)]
    private static partial Regex DatePattern();
}
