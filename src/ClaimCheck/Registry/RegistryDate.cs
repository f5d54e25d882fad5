using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimCheck.Registry;

/// <summary>
/// A date as reference sources give it: a day (2025-01-29), a month (2025-01) or a year (2025).
/// A partial date stands for a period, so it has an earliest and a latest day.
/// </summary>
public sealed record RegistryDate(int Year, int? Month, int? Day)
{
    private static readonly Regex Shape = new(@"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", RegexOptions.CultureInvariant);

    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    public DateOnly Latest => Day is not null ? Earliest
        : Month is { } m ? new DateOnly(Year, m, DateTime.DaysInMonth(Year, m))
        : new DateOnly(Year, 12, 31);

    /// <summary>The date, or null when the text is not YYYY-MM-DD, YYYY-MM or YYYY naming a real day.</summary>
    public static RegistryDate? Parse(string text)
    {
        var match = Shape.Match(text.Trim());
        if (!match.Success)
            return null;
        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        int? month = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : null;
        int? day = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : null;
        if (year < 1 || month is < 1 or > 12)
            return null;
        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value)))
            return null;
        return new RegistryDate(year, month, day);
    }

    public override string ToString() =>
        Day is { } d ? $"{Year:D4}-{Month:D2}-{d:D2}" : Month is { } m ? $"{Year:D4}-{m:D2}" : $"{Year:D4}";
}
