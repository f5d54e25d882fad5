using System.Buffers;
using System.Text.RegularExpressions;
using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// Finds the dates, years, figures, percentages, amounts, quantities and durations in a claim
/// with a few regular expressions (linear-time, NonBacktracking), most specific first, and
/// normalizes them (see <see cref="ValueNormalizer"/>). A governing preposition is left out
/// ("in 2015" gives 2015); an approximator is kept ("About 3,200").
/// </summary>
internal static partial class ValueFinder
{
    private const string Approx = @"(?:(?:[Aa]bout|[Aa]round|[Nn]early|[Aa]lmost|[Rr]oughly|[Ss]ome|[Mm]ore than|[Ll]ess than|[Ff]ewer than|[Uu]p to|[Aa]t least|[Oo]ver) )?";
    private const string Number = @"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?: (?:million|billion|trillion|thousand))?";
    private const string Words = @"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|a hundred|a|an|several|a few)";
    private const string Months = @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)";

    // Each pattern is built the first time a claim may match it: building a NonBacktracking regex
    // takes milliseconds, and a run whose articles name no money or quantity needs neither.
    private static readonly (ValueKind Kind, Lazy<Regex> Pattern)[] Patterns =
    [
        (ValueKind.Money, Built(@"\b" + Approx + @"(?:[$€£]" + Number + @"|" + Number + @" (?:dollars|euros|pounds|yuan|rubles|roubles|liras?))\b|" + Approx + @"[$€£]" + Number + @"\b", RegexOptions.NonBacktracking)),
        (ValueKind.Percent, Built(@"\b" + Approx + Number + @"(?: ?%| percent\b| per cent\b)", RegexOptions.NonBacktracking)),
        (ValueKind.Quantity, Built(@"\b" + Approx + Number + @" (?:miles|mile|kilometres|kilometers|km|metres|meters|feet|tonnes|tons|barrels|kilograms|kg|acres|hectares|square kilometres|square miles|megawatts|litres|liters|gallons)\b", RegexOptions.NonBacktracking)),
        (ValueKind.Duration, Built(@"\b" + Approx + @"(?:\d+|" + Words + @") (?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b|\b(?:recent|coming|past|last) (?:days|weeks|months|years|decades)\b|\bthe coming (?:period|days|weeks|months|years)\b", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)),
        (ValueKind.Date, Built(@"\b(?:" + Months + @" \d{1,2}(?:, \d{4})?|\d{1,2} " + Months + @"(?: \d{4})?|" + Months + @" \d{4}|" + Months + @"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|the weekend)\b", RegexOptions.NonBacktracking)),
        (ValueKind.Year, Built(@"\b(?:1[89]\d{2}|20\d{2})\b|\b(?:last|this|next) year\b", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase)),
        (ValueKind.Number, Built(@"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))-(?:busiest|largest|biggest|highest|lowest|most|least|smallest|richest|poorest)\b|\b" + Approx + Number + @"\b", RegexOptions.NonBacktracking)),
    ];

    private static Lazy<Regex> Built(string pattern, RegexOptions options) => new(() => new Regex(pattern, options));

    // Marks and words one of which every match of a pattern contains: exactly, as the money,
    // percent, quantity and date patterns are case-sensitive, or in some case for durations.
    private static readonly SearchValues<string> MoneyWords = SearchValues.Create(
        ["$", "€", "£", "dollars", "euros", "pounds", "yuan", "rubles", "roubles", "lira"], StringComparison.Ordinal);
    private static readonly SearchValues<string> PercentWords = SearchValues.Create(["%", "percent", "per cent"], StringComparison.Ordinal);
    private static readonly SearchValues<string> QuantityWords = SearchValues.Create(
        ["mile", "kilomet", "km", "metres", "meters", "feet", "ton", "barrels", "kilograms", "kg", "acres", "hectares", "megawatts", "litres", "liters", "gallons"],
        StringComparison.Ordinal);
    private static readonly SearchValues<string> DateWords = SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "the weekend"],
        StringComparison.Ordinal);
    private static readonly SearchValues<string> DurationWords = SearchValues.Create(
        ["year", "month", "week", "day", "hour", "minute", "decade", "period"], StringComparison.OrdinalIgnoreCase);

    // Letters outside ASCII that the regex engine's IgnoreCase takes for an ASCII letter (Kelvin sign, Turkish i's, long s).
    private static readonly SearchValues<char> CaseLookalikes = SearchValues.Create("\u212A\u0130\u0131\u017F");

    public static List<ClaimValue> Find(string text, TextSpan claim, DateOnly? published)
    {
        var slice = text.AsSpan(claim.Start, claim.Length);
        var taken = new List<TextSpan>();
        var values = new List<ClaimValue>();
        var digit = HasDigit(slice);
        foreach (var (kind, pattern) in Patterns)
        {
            if (!MayMatch(kind, slice, digit))
                continue;
            foreach (var match in pattern.Value.EnumerateMatches(slice))
            {
                var span = new TextSpan(claim.Start + match.Index, match.Length);
                if (match.Length == 0 || Overlaps(taken, span))
                    continue;
                var value = text.Substring(span.Start, span.Length);
                if (IsMayVerb(value, kind))
                    continue;
                taken.Add(span);
                values.Add(new ClaimValue { Kind = kind, Text = value, Span = span, Value = ValueNormalizer.Normalize(kind, value, published) });
            }
        }
        // Values never overlap, so their starts differ and an in-place sort gives the same order.
        values.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return values;
    }

    /// <summary>
    /// Money, percentages and quantities need a digit (\d, any Unicode digit) and a currency, '%'
    /// or unit; figures need a digit or the hyphen of "third-busiest"; years one or the word
    /// "year"; dates a month or day name; durations a unit. Skipping a pattern that cannot match saves most of the regular
    /// expression work, and changes no result.
    /// </summary>
    private static bool MayMatch(ValueKind kind, ReadOnlySpan<char> slice, bool digit) => kind switch
    {
        ValueKind.Money => digit && slice.ContainsAny(MoneyWords),
        ValueKind.Percent => digit && slice.ContainsAny(PercentWords),
        ValueKind.Quantity => digit && slice.ContainsAny(QuantityWords),
        ValueKind.Number => digit || slice.Contains('-'),
        ValueKind.Year => digit || slice.Contains("year", StringComparison.OrdinalIgnoreCase),
        ValueKind.Date => slice.ContainsAny(DateWords),
        ValueKind.Duration => slice.ContainsAny(DurationWords) || slice.ContainsAny(CaseLookalikes),
        _ => true,
    };

    /// <summary>Whether <paramref name="slice"/> has a character \d matches: any Unicode decimal digit.</summary>
    private static bool HasDigit(ReadOnlySpan<char> slice)
    {
        if (slice.IndexOfAnyInRange('0', '9') >= 0)
            return true;
        foreach (var c in slice)
        {
            if (c >= 128 && char.IsDigit(c))
                return true;
        }
        return false;
    }

    private static bool Overlaps(List<TextSpan> taken, TextSpan span)
    {
        foreach (var t in taken)
        {
            if (t.OverlapsWith(span))
                return true;
        }
        return false;
    }

    private static bool IsMayVerb(string value, ValueKind kind) => kind == ValueKind.Date && value == "May";
}
