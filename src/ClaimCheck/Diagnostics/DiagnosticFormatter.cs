using System.Text;

namespace ClaimCheck.Diagnostics;

/// <summary>
/// Prints diagnostics the way MSBuild and Roslyn do, <c>path(line,col): error ID: message</c>,
/// followed by the source line and a caret underline.
/// </summary>
public static class DiagnosticFormatter
{
    public static string FormatLine(Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity.ToString().ToLowerInvariant();
        var where = diagnostic.Location is { } location
            ? $"{location.Path}({location.Start.Line + 1},{location.Start.Character + 1})"
            : diagnostic.DisplayPath;
        var prefix = where.Length > 0 ? where + ": " : "";
        return $"{prefix}{severity} {diagnostic.Id}: {diagnostic.Message}";
    }

    /// <summary>The diagnostic line plus its source excerpt and underline.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        var builder = new StringBuilder(FormatLine(diagnostic)).Append('\n');
        if (diagnostic.Location is { } location)
            builder.Append(SourceExcerpt.Render(location.Text, location.Span, "    "));
        return builder.ToString();
    }

    public static IEnumerable<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => d.DisplayPath, StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Span.Start ?? -1)
            .ThenBy(d => d.Id, StringComparer.Ordinal);
}
