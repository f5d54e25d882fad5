using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Cli;

/// <summary>Copies of repository folders in a temp folder, as a fresh clone elsewhere would have them.</summary>
internal static class FixtureFolders
{
    public static void CopyFolder(string repoRelative, string target)
    {
        var source = RepoPaths.Of(repoRelative);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Contains(".received.", StringComparison.Ordinal))
                continue;
            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    public static string LastLine(string output) => output.TrimEnd('\n').Split('\n')[^1];
}
