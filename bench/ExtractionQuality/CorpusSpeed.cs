using System.Diagnostics;
using System.Text;
using ClaimCheck.Extraction;
using ClaimCheck.Model.Serialization;

/// <summary>
/// Extracts every .txt and .md article of a folder (searched recursively) in-process and prints
/// articles/s, MB/s of text and ms per article. One untimed pass first, so the time is warm.
/// With an output folder, also writes each model as JSON (plus any diagnostics), to compare
/// extraction before and after a change byte for byte. With a lexicon folder, extracts with it
/// (the CLI's --lexicon).
/// </summary>
internal static class CorpusSpeed
{
    public static int Run(string folder, string? dumpFolder, int rounds, string? lexicon = null)
    {
        var files = Directory.GetFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path: f, Content: File.ReadAllText(f)))
            .ToArray();
        if (files.Length == 0)
        {
            Console.Error.WriteLine($"no .txt or .md files in {folder}");
            return 2;
        }
        var options = new ExtractionOptions { LexiconDirectory = lexicon };
        if (dumpFolder is not null)
            Dump(folder, dumpFolder, files, options);
        ExtractAll(files, options);

        var chars = files.Sum(f => (long)f.Content.Length);
        var best = TimeSpan.MaxValue;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = GC.CollectionCount(0);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var paused = GC.GetTotalPauseDuration();
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            ExtractAll(files, options);
            clock.Stop();
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }
        paused = (GC.GetTotalPauseDuration() - paused) / rounds;
        cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu) / rounds;
        allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / rounds;
        collections = (GC.CollectionCount(0) - collections) / rounds;
        var seconds = best.TotalSeconds;
        Console.WriteLine($"{files.Length} articles, {chars / 1e6:0.00} MB of text, best of {rounds}: {seconds:0.000} s, "
            + $"{files.Length / seconds:0} articles/s, {chars / 1e6 / seconds:0.00} MB/s, {best.TotalMilliseconds / files.Length:0.000} ms/article");
        Console.WriteLine($"allocated per round: {allocated / 1e6:0} MB ({allocated / files.Length / 1024:0} KB/article), {collections} gen0 collections ({paused.TotalMilliseconds:0} ms paused), {cpu.TotalSeconds:0.000} s CPU (all threads)");
        return 0;
    }

    private static void ExtractAll((string Path, string Content)[] files, ExtractionOptions options)
    {
        foreach (var (path, content) in files)
            ArticleExtractor.Extract(content, path, ArticleExtractor.FormatOf(path)!.Value, options);
    }

    private static void Dump(string folder, string dumpFolder, (string Path, string Content)[] files, ExtractionOptions options)
    {
        foreach (var (path, content) in files)
        {
            var result = ArticleExtractor.Extract(content, Path.GetRelativePath(folder, path), ArticleExtractor.FormatOf(path)!.Value, options);
            var output = new StringBuilder();
            foreach (var diagnostic in result.Diagnostics)
                output.Append(diagnostic).Append('\n');
            if (result.Document is { } document)
                output.Append(ArticleJson.Serialize(document.Article)).Append('\n');
            var target = Path.Combine(dumpFolder, Path.GetRelativePath(folder, path) + ".out");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, output.ToString());
        }
    }
}
