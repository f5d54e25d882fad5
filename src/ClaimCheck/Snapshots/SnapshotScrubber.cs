using System.Reflection;
using System.Text.RegularExpressions;

namespace ClaimCheck.Snapshots;

/// <summary>
/// Removes from snapshot text what differs between machines, as Verify's scrubbers do: paths
/// become relative to the fixture folder, and the temp folder, the working folder and the
/// tool version become placeholders. Longer paths are replaced first, so a checkout that
/// itself lives in the temp folder becomes '{SolutionDirectory}/', not '{TempPath}/...'.
/// </summary>
public sealed class SnapshotScrubber
{
    private readonly List<(Regex Pattern, string Replacement, int Priority)> _replacements = [];

    /// <summary>The tool's version as it appears in reports (informational version, then the plain one).</summary>
    public static IReadOnlyList<string> ToolVersions { get; } = FindToolVersions();

    /// <summary>A scrubber that makes paths relative to <paramref name="root"/> and removes the machine's folders and the tool version.</summary>
    public static SnapshotScrubber ForFolder(string root, IEnumerable<string> otherFiles)
    {
        var scrubber = new SnapshotScrubber();
        var fullRoot = Slashes(Path.GetFullPath(root)).TrimEnd('/');
        // Files outside the folder (rule files) become '../rules/x.rules', the same on every clone.
        foreach (var file in otherFiles.Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length))
        {
            if (!File.Exists(file))
                continue;
            var relative = Slashes(Path.GetRelativePath(fullRoot, Path.GetFullPath(file)));
            scrubber.ReplacePath(Slashes(Path.GetFullPath(file)), relative);
            scrubber.ReplacePath(Slashes(file), relative);
        }
        scrubber.ReplacePath(fullRoot + "/", "");
        var given = Slashes(root).TrimEnd('/');
        if (given is not ("" or "."))
            scrubber.ReplacePath(given + "/", "");
        scrubber.ReplacePath(Slashes(Path.GetTempPath()).TrimEnd('/') + "/", "{TempPath}/");
        scrubber.ReplacePath(Slashes(Environment.CurrentDirectory).TrimEnd('/') + "/", "{CurrentDirectory}/");
        // Bounded by non-digits, so '0.1.0' is not taken out of '10.1.0'.
        foreach (var version in ToolVersions)
            scrubber._replacements.Add((new Regex(@"(?<![\d.])" + Regex.Escape(version) + @"(?!\d)"), "{ToolVersion}", 0));
        return scrubber;
    }

    /// <summary>Replaces <paramref name="path"/> where a path can start (line start, after a space, quote or bracket).</summary>
    public void ReplacePath(string path, string replacement)
    {
        if (path.Length == 0)
            return;
        _replacements.Add((new Regex(@"(?<=^|[\s""'(\[=])" + Regex.Escape(path), RegexOptions.Multiline), replacement, path.Length));
        // JSON escapes backslashes, so a Windows path appears with doubled ones.
        var windows = path.Replace("/", "\\\\");
        if (windows != path)
            _replacements.Add((new Regex(@"(?<=^|[\s""'(\[=])" + Regex.Escape(windows), RegexOptions.Multiline), replacement, windows.Length));
    }

    public void Replace(string text, string replacement)
    {
        if (text.Length > 0)
            _replacements.Add((new Regex(Regex.Escape(text)), replacement, text.Length));
    }

    public string Scrub(string text)
    {
        // OrderByDescending is stable: equal lengths keep the order they were added in.
        foreach (var (pattern, replacement, _) in _replacements.OrderByDescending(r => r.Priority))
            text = pattern.Replace(text, replacement.Replace("$", "$$"));
        return text;
    }

    private static string Slashes(string path) => path.Replace('\\', '/');

    private static string[] FindToolVersions()
    {
        var assembly = typeof(SnapshotScrubber).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var plain = informational?.Split('+')[0];
        return new[] { informational, plain }.OfType<string>().Where(v => v.Length > 0).Distinct().ToArray();
    }
}
