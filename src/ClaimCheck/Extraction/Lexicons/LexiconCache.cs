using System.Collections.Concurrent;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Extraction.Lexicons;

/// <summary>
/// The lexicon of a user's lexicon folder, loaded once and shared by every article and thread,
/// instead of re-read and re-parsed per article (twenty times the cost of extracting one). It is
/// loaded again when a file of the folder appears, goes or changes (size or time written); a
/// folder whose files gave a diagnostic is not kept, so each article still reports it.
/// </summary>
internal static class LexiconCache
{
    private static readonly ConcurrentDictionary<string, (string Stamp, Lexicon Lexicon)> Loaded = new(StringComparer.Ordinal);

    public static Lexicon Load(string directory, DiagnosticBag diagnostics)
    {
        var key = Path.GetFullPath(directory);
        var stamp = Stamp(key);
        if (Loaded.TryGetValue(key, out var cached) && cached.Stamp == stamp)
            return cached.Lexicon;
        var own = new DiagnosticBag();
        var lexicon = Lexicon.Load(directory, own);
        diagnostics.AddRange(own.Items);
        if (own.Items.Count == 0)
            Loaded[key] = (stamp, lexicon);
        return lexicon;
    }

    /// <summary>What the folder's lexicon files are now: for each, its size and time written, or that it is not a file.</summary>
    private static string Stamp(string directory) =>
        string.Join('|', LexiconFiles.Names.Select(name => new FileInfo(Path.Combine(directory, name)) is { Exists: true } file
            ? $"{file.Length}:{file.LastWriteTimeUtc.Ticks}"
            : "-"));
}
