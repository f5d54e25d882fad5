namespace ClaimCheck.Loading;

/// <summary>Paths as users see them: relative to the working directory, with '/' separators.</summary>
public static class DisplayPaths
{
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) && Path.IsPathRooted(full) && relative.Count(c => c == Path.DirectorySeparatorChar) > 3
            ? full
            : relative;
        return shown.Replace(Path.DirectorySeparatorChar, '/');
    }
}
