using ClaimCheck.Checking;
using ClaimCheck.Model.Loading;
using ClaimCheck.Registry;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// Loads and checks articles on N workers and yields them in input order, as each becomes
/// ready, so reports are the same bytes whatever the number of jobs.
/// </summary>
internal static class ParallelChecker
{
    /// <param name="Line">The article's report text, when the caller had the worker render it.</param>
    public sealed record Checked(string Path, ArticleLoadResult Loaded, ArticleResult? Result, string? Line = null);

    /// <param name="finish">
    /// Runs on the worker after the check (filtering, rendering): whatever the main thread
    /// would do per article in order is work the other workers wait on.
    /// </param>
    public static IEnumerable<Checked> Check(IReadOnlyList<string> files, RuleSet ruleSet, ReferenceRegistry? registry, int jobs, Func<string, ArticleLoadResult> load, Func<Checked, Checked> finish)
    {
        Checked One(string file)
        {
            var loaded = load(file);
            return finish(new Checked(file, loaded, loaded.Document is { } document ? ruleSet.Check(document, registry) : null));
        }

        return jobs <= 1 || files.Count <= 1 ? files.Select(One) : InOrder(files, One, jobs);
    }

    /// <summary>
    /// Keeps a small window of articles in flight (two per job) and hands them out in input
    /// order: memory stays bounded by the window, not the corpus, and no worker waits on a lock.
    /// </summary>
    private static IEnumerable<Checked> InOrder(IReadOnlyList<string> files, Func<string, Checked> check, int jobs)
    {
        var window = new Queue<Task<Checked>>();
        foreach (var file in files)
        {
            window.Enqueue(Task.Run(() => check(file)));
            if (window.Count >= 2 * jobs)
                yield return window.Dequeue().GetAwaiter().GetResult();
        }
        while (window.Count > 0)
            yield return window.Dequeue().GetAwaiter().GetResult();
    }
}
