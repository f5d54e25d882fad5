namespace ClaimCheck.Configuration;

/// <summary>Finds the <c>claimcheck.yaml</c> that governs a path by walking up its folders, as <c>.editorconfig</c> and <c>.vale.ini</c> are found.</summary>
public static class ConfigFinder
{
    public static string? Find(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var directory = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full).Directory;
        while (directory is not null)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, ClaimCheckConfig.FileName);
            if (File.Exists(candidate))
                return candidate;
            directory = directory.Parent;
        }
        return null;
    }
}
