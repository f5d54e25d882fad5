using System.Collections;

namespace ClaimCheck.Checking;

/// <summary>Run-time semantics of values: equality, order, containment and presence.</summary>
internal static class Values
{
    public static bool Equal(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
        _ => ReferenceEquals(a, b) || a.Equals(b),
    };

    public static int? Compare(object? a, object? b) => (a, b) switch
    {
        (double x, double y) => x.CompareTo(y),
        (DateOnly x, DateOnly y) => x.CompareTo(y),
        _ => null,
    };

    /// <summary>Text contains text (ignoring case), or a list contains an item.</summary>
    public static bool Contains(object? container, object? item) => (container, item) switch
    {
        (string s, string part) => s.Contains(part, StringComparison.OrdinalIgnoreCase),
        (IEnumerable list and not string, _) => list.Cast<object?>().Any(x => Equal(x, item)),
        _ => false,
    };

    /// <summary>Missing: null, blank text or an empty list.</summary>
    public static bool IsPresent(object? value) => value switch
    {
        null => false,
        string s => !string.IsNullOrWhiteSpace(s),
        ICollection c => c.Count > 0,
        _ => true,
    };
}
