namespace ClaimCheck.Tests.Support;

/// <summary>A fresh folder for one test, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "claimcheck-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, string contents)
    {
        var full = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, contents);
        return full;
    }

    /// <summary>A path inside the folder (not created).</summary>
    public string Of(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string Copy(string repoRelative, string? name = null)
    {
        var target = System.IO.Path.Combine(Path, name ?? System.IO.Path.GetFileName(repoRelative));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        File.Copy(RepoPaths.Of(repoRelative), target, overwrite: true);
        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over it.
        }
    }
}
