using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Binding;

namespace ClaimCheck.Predicates;

/// <summary>
/// The on-disk cache of compiled block assemblies, keyed by a hash of the blocks (code and the
/// variables they see), ClaimCheck's build and the C# compiler's version. Works without
/// loading the compiler: its version comes from an attribute written at build time.
/// </summary>
internal sealed class CSharpCache(string folder)
{
    private const string Extension = ".ccblocks";

    public string Folder { get; } = folder;

    public static string Key(IReadOnlyList<CSharpBlockRequest> requests)
    {
        var claimCheck = typeof(CSharpCache).Assembly;
        var builder = new StringBuilder();
        builder.Append("claimcheck-csharp-cache 1\n");
        builder.Append(claimCheck.GetName().Version).Append(' ').Append(claimCheck.ManifestModule.ModuleVersionId).Append('\n');
        builder.Append("roslyn ").Append(CompilerVersion).Append('\n');
        foreach (var request in requests)
        {
            builder.Append("block ").Append(request.Variables.Length).Append('\n');
            foreach (var variable in request.Variables)
                builder.Append(variable.Name).Append(' ').Append(variable.Slot).Append(' ').Append(variable.Type.Name).Append('\n');
            builder.Append(request.Code.Length).Append('\n').Append(request.Code).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    /// <summary>The Roslyn package version ClaimCheck was built with (see ClaimCheck.csproj).</summary>
    public static string CompilerVersion { get; } =
        typeof(CSharpCache).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RoslynVersion")?.Value ?? "unknown";

    public CSharpCacheEntry? TryRead(string key, int blockCount)
    {
        try
        {
            var path = PathOf(key);
            return File.Exists(path) ? CSharpCacheEntry.Deserialize(File.ReadAllBytes(path), key, blockCount) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes through a temporary file and a rename, so two runs at once never leave half an entry.</summary>
    public void Write(CSharpCacheEntry entry)
    {
        string? temp = null;
        try
        {
            Directory.CreateDirectory(Folder);
            var path = PathOf(entry.Key);
            temp = Path.Combine(Folder, $".{entry.Key}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            File.WriteAllBytes(temp, entry.Serialize());
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only makes the next run slower.
        }
        finally
        {
            if (temp is not null && File.Exists(temp))
                File.Delete(temp);
        }
    }

    public string PathOf(string key) => Path.Combine(Folder, key + Extension);
}
