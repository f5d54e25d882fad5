using Microsoft.Extensions.FileSystemGlobbing;

namespace ClaimCheck.Configuration;

/// <summary>A configuration's <c>include</c> and <c>exclude</c> globs, matched against paths relative to the configuration's folder.</summary>
public static class ArticleFilter
{
    public static Func<string, bool> For(ClaimCheckConfig config)
    {
        if (config.Path is null || (config.Include.IsEmpty && config.Exclude.IsEmpty))
            return _ => true;
        var root = Path.GetDirectoryName(Path.GetFullPath(config.Path))!;
        var matcher = new Matcher(StringComparison.Ordinal);
        if (config.Include.IsEmpty)
            matcher.AddInclude("**/*");
        foreach (var include in config.Include)
            matcher.AddInclude(include);
        foreach (var exclude in config.Exclude)
            matcher.AddExclude(exclude);
        return path =>
        {
            var relative = Path.GetRelativePath(root, Path.GetFullPath(path));
            // Files outside the configuration's folder are not its to filter.
            return relative.StartsWith("..", StringComparison.Ordinal) || matcher.Match(root, relative).HasMatches;
        };
    }
}
