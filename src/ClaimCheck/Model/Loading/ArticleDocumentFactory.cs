using ClaimCheck.Text;

namespace ClaimCheck.Model.Loading;

/// <summary>
/// Pairs a loaded article with the file its findings point into: the source file the model
/// names, when it can be read and really holds the model's text; otherwise the model's own text.
/// </summary>
internal static class ArticleDocumentFactory
{
    public static ArticleDocument Create(Article article, string modelPath, ModelReporter report)
    {
        var display = modelPath.Replace('\\', '/');
        if (article.Source?.Path is not { Length: > 0 } sourcePath)
            return ArticleDocument.ForText(article, display);

        // A model shipped without its source file is normal (another pipeline made it), so a
        // missing or unreadable file falls back quietly; only a file that disagrees is worth a warning.
        if (ReadSource(modelPath, sourcePath) is not { } content)
            return ArticleDocument.ForText(article, display);

        var sourceDisplay = JoinDisplay(display, sourcePath);
        if (!Matches(article, content))
        {
            report.SourceDiffers(JsonPaths.Property(JsonPaths.Property(JsonPaths.Root, "source"), "path"), sourceDisplay);
            return ArticleDocument.ForText(article, display);
        }
        var map = article.Source.Map.Count == 0 ? OffsetMap.Identity : new OffsetMap(article.Source.Map);
        return new ArticleDocument(article, display, SourceText.From(content, sourceDisplay), map);
    }

    /// <summary>Without a map the text is the file verbatim; with one, each segment is copied verbatim.</summary>
    private static bool Matches(Article article, string content)
    {
        var segments = article.Source!.Map;
        if (segments.Count == 0)
            return string.Equals(article.Text, content, StringComparison.Ordinal);
        return segments.All(s =>
            s.SourceStart + s.Length <= content.Length
            && s.Start + s.Length <= article.Text.Length
            && article.Text.AsSpan(s.Start, s.Length).SequenceEqual(content.AsSpan(s.SourceStart, s.Length)));
    }

    private static string? ReadSource(string modelPath, string sourcePath)
    {
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(modelPath)) ?? "";
            var full = Path.GetFullPath(Path.Combine(directory, sourcePath));
            return File.Exists(full) ? File.ReadAllText(full) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>"examples/damascus.json" and "damascus.txt" give "examples/damascus.txt".</summary>
    internal static string JoinDisplay(string modelDisplay, string sourcePath)
    {
        var source = sourcePath.Replace('\\', '/');
        if (Path.IsPathRooted(sourcePath))
            return source;
        var slash = modelDisplay.LastIndexOf('/');
        var joined = (slash >= 0 ? modelDisplay[..(slash + 1)] : "") + source;

        var segments = new List<string>();
        foreach (var segment in joined.Split('/'))
        {
            if (segment == "." || (segment.Length == 0 && segments.Count > 0))
                continue;
            if (segment == ".." && segments.Count > 0 && segments[^1] is not ".." and not "")
                segments.RemoveAt(segments.Count - 1);
            else
                segments.Add(segment);
        }
        return segments.Count == 0 ? "." : string.Join('/', segments);
    }
}
