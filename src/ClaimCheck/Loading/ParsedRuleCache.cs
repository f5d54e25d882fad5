using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Syntax;
using ClaimCheck.Syntax.Serialization;
using ClaimCheck.Text;

namespace ClaimCheck.Loading;

/// <summary>
/// Parsed rule files on disk, as compiled C# blocks are: keyed by a hash of the file's text and
/// ClaimCheck's build, each entry checksummed and written atomically, so a start-up that has
/// seen the rules before skips the parser. Only files without syntax errors are kept (a file
/// being fixed is parsed afresh); a damaged or foreign entry is parsed again and replaced, and
/// a cache that cannot be read or written only makes the run slower.
/// </summary>
internal sealed class ParsedRuleCache(string folder)
{
    private const string Extension = ".cctree";

    /// <summary>Entries beyond this many (the oldest first) are deleted when one is added: every build and every edit leaves one behind.</summary>
    public const int MaxEntries = 1000;
    private static readonly byte[] Magic = "CCTREE1\n"u8.ToArray();
    private static readonly string Build = typeof(ParsedRuleCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public string Folder { get; } = folder;

    /// <summary>The cache under ClaimCheck's cache folder (see <see cref="RuleSetOptions.CacheDirectory"/>).</summary>
    public static ParsedRuleCache For(RuleSetOptions options) =>
        new(Path.Combine(Predicates.CSharpCacheFolder.Resolve(options.CacheDirectory), "rules"));

    public SyntaxTree Parse(SourceText text)
    {
        var key = Key(text.Text);
        if (TryRead(key, text) is { } cached)
            return cached;
        var tree = SyntaxTree.Parse(text);
        if (tree.Diagnostics.IsEmpty)
            Write(key, tree);
        return tree;
    }

    public static string Key(string text)
    {
        var bytes = Encoding.UTF8.GetBytes($"claimcheck-parse-cache 1\n{Build}\n{text}");
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    public string PathOf(string key) => Path.Combine(Folder, key + Extension);

    private SyntaxTree? TryRead(string key, SourceText text)
    {
        try
        {
            var path = PathOf(key);
            if (!File.Exists(path))
                return null;
            var entry = File.ReadAllBytes(path);
            const int checksumLength = 32;
            if (entry.Length < Magic.Length + checksumLength || !entry.AsSpan(0, Magic.Length).SequenceEqual(Magic))
                return null;
            var payload = entry.AsSpan(Magic.Length + checksumLength);
            if (!SHA256.HashData(payload).AsSpan().SequenceEqual(entry.AsSpan(Magic.Length, checksumLength)))
                return null;
            using var reader = new BinaryReader(new MemoryStream(entry, Magic.Length + checksumLength, payload.Length), Encoding.UTF8);
            if (reader.ReadString() != key)
                return null;
            var members = new SyntaxTreeReader(reader).ReadMembers();
            return members.All(m => m.Span.End <= text.Length) ? new SyntaxTree(text, members, []) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or EndOfStreamException or FormatException)
        {
            return null;
        }
    }

    private void Prune()
    {
        var entries = new DirectoryInfo(Folder).GetFiles("*" + Extension);
        if (entries.Length <= MaxEntries)
            return;
        foreach (var stale in entries.OrderByDescending(f => f.LastWriteTimeUtc).Skip(MaxEntries))
            stale.Delete();
    }

    /// <summary>Through a temporary file and a rename, so two runs at once never leave half an entry.</summary>
    private void Write(string key, SyntaxTree tree)
    {
        string? temp = null;
        try
        {
            var payload = new MemoryStream();
            using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(key);
                new SyntaxTreeWriter(writer).WriteMembers(tree.Members);
            }
            var bytes = payload.ToArray();
            Directory.CreateDirectory(Folder);
            temp = Path.Combine(Folder, $".{key}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            using (var file = File.Create(temp))
            {
                file.Write(Magic);
                file.Write(SHA256.HashData(bytes));
                file.Write(bytes);
            }
            File.Move(temp, PathOf(key), overwrite: true);
            Prune();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // Only the next start-up is slower.
        }
        finally
        {
            if (temp is not null && File.Exists(temp))
                File.Delete(temp);
        }
    }
}
