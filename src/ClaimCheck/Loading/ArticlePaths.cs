using ClaimCheck.Diagnostics;
using Microsoft.Extensions.FileSystemGlobbing;

namespace ClaimCheck.Loading;

/// <summary>
/// Expands the paths given to <c>check</c>: files as they are, folders walked for article files,
/// globs (<c>examples/*.json</c>) matched. Links are not followed, so a symlink loop ends.
/// </summary>
public static class ArticlePaths
{
    public static readonly IReadOnlyList<string> Extensions = [".json", ".yaml", ".yml", ".txt", ".md", ".markdown", ".html", ".htm"];

    // 'accept' filters the files found by walking folders and matching globs (a configuration's
    // include and exclude); files named outright are always kept.
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, DiagnosticBag diagnostics, Func<string, bool>? accept = null)
    {
        accept ??= _ => true;
        var found = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                found.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var before = found.Count;
                found.AddRange(ModelSources.WithoutModelledSources(Walk(path).Where(accept).ToList()));
                if (found.Count == before)
                    diagnostics.ReportAtPath(path, DiagnosticDescriptors.NoArticles, $"'{path}'");
            }
            else if (path.IndexOfAny(['*', '?']) >= 0)
            {
                var matches = ModelSources.WithoutModelledSources(Glob(path).Where(accept).ToList());
                if (matches.Count == 0)
                    diagnostics.ReportAtPath(path, DiagnosticDescriptors.NoArticles, $"'{path}'");
                found.AddRange(matches);
            }
            else
            {
                diagnostics.ReportAtPath(path, DiagnosticDescriptors.PathNotFound, path);
            }
        }
        return found.Distinct(StringComparer.Ordinal).ToArray();
    }

    public static bool IsArticle(string path) =>
        Extensions.Contains(Path.GetExtension(path).ToLowerInvariant())
        && !IsSnapshot(path)
        && !IsRegistryFile(path)
        && !Path.GetFileName(path).Equals(Configuration.ClaimCheckConfig.FileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Snapshot files (<c>x.verified.json</c>, <c>x.received.yaml</c>) sit beside fixtures but are reports.</summary>
    private static bool IsSnapshot(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return name.EndsWith(".verified", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".received", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Registry files (<c>registry.yaml</c>, <c>*.registry.yaml</c>) sit beside articles but are reference data, not articles.</summary>
    private static bool IsRegistryFile(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path).ToLowerInvariant();
        return name == "registry" || name.EndsWith(".registry", StringComparison.Ordinal);
    }

    private static IEnumerable<string> Walk(string directory) =>
        Directory.EnumerateFiles(directory, "*", new EnumerationOptions
            {
                RecurseSubdirectories = true,
                IgnoreInaccessible = true,
                AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden,
            })
            .Where(IsArticle)
            .Select(Normalize)
            .OrderBy(p => p, StringComparer.Ordinal);

    private static List<string> Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var root = Path.IsPathRooted(normalized) ? Path.GetPathRoot(normalized)! : ".";
        var relative = Path.IsPathRooted(normalized) ? normalized[root.Length..] : normalized;
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(relative);
        return matcher.GetResultsInFullPath(root)
            .Select(p => Path.IsPathRooted(pattern) ? p : Path.GetRelativePath(Environment.CurrentDirectory, p))
            .Select(Normalize)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
    }

    private static string Normalize(string path) => path.Replace('\\', '/');
}
