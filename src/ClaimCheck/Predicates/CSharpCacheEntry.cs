using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace ClaimCheck.Predicates;

/// <summary>
/// One cached block assembly. On disk: a magic line, the key, the result kind of each block,
/// the assembly, and a SHA-256 of all of it; an entry whose checksum, key or shape is wrong is
/// treated as missing (and rebuilt), never loaded.
/// </summary>
internal sealed record CSharpCacheEntry(string Key, ImmutableArray<string> Kinds, byte[] Assembly)
{
    private const string Magic = "CLAIMCHECK-CSHARP-BLOCKS 1";
    private const int HashLength = 32;

    public byte[] Serialize()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Key);
            writer.Write(Kinds.Length);
            foreach (var kind in Kinds)
                writer.Write(kind);
            writer.Write(Assembly.Length);
            writer.Write(Assembly);
        }
        var body = stream.ToArray();
        return [.. body, .. SHA256.HashData(body)];
    }

    /// <summary>The entry, or null when the bytes are not a whole, uncorrupted entry for <paramref name="key"/>.</summary>
    public static CSharpCacheEntry? Deserialize(byte[] bytes, string key, int blockCount)
    {
        if (bytes.Length <= HashLength)
            return null;
        var body = bytes.AsSpan(0, bytes.Length - HashLength);
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - HashLength)))
            return null;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, body.Length), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadString() != key)
                return null;
            var count = reader.ReadInt32();
            if (count != blockCount)
                return null;
            var kinds = new string[count];
            for (var i = 0; i < count; i++)
                kinds[i] = reader.ReadString();
            var length = reader.ReadInt32();
            var assembly = reader.ReadBytes(length);
            if (assembly.Length != length || reader.BaseStream.Position != body.Length)
                return null;
            return new CSharpCacheEntry(key, [.. kinds], assembly);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException)
        {
            return null;
        }
    }
}
