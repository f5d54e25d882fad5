using System.Buffers;
using System.Globalization;

namespace ClaimCheck.Model.Loading;

/// <summary>
/// JSON paths in System.Text.Json's own notation (<c>$.statements[1].form</c>), so paths the
/// position maps record, paths the checks build and paths in a <see cref="System.Text.Json.JsonException"/> all agree.
/// </summary>
internal static class JsonPaths
{
    public const string Root = "$";

    // The characters for which System.Text.Json writes a name as ['name'] instead of .name.
    private static readonly SearchValues<char> Special = SearchValues.Create(". '/\"[]()\t\n\r\f\b\\\u0085\u2028\u2029");

    public static string Property(string parent, string name) =>
        name.AsSpan().IndexOfAny(Special) >= 0 ? $"{parent}['{name}']" : $"{parent}.{name}";

    public static string Element(string parent, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    /// <summary>The path without its last step, or null for the root.</summary>
    public static string? Parent(string path)
    {
        if (path.Length <= Root.Length)
            return null;
        int cut;
        if (path.EndsWith("']", StringComparison.Ordinal))
            cut = path.LastIndexOf("['", StringComparison.Ordinal);
        else if (path.EndsWith(']'))
            cut = path.LastIndexOf('[');
        else
            cut = path.LastIndexOf('.');
        return cut > 0 ? path[..cut] : Root;
    }

    /// <summary>The path as messages show it: <c>statements[1].form</c>.</summary>
    public static string Display(string path)
    {
        if (path.StartsWith("$.", StringComparison.Ordinal))
            return path[2..];
        return path.StartsWith('$') && path.Length > 1 ? path[1..] : path;
    }
}
