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
    /// Keeps a small window of work in flight (two batches per job) and hands the articles out in
    /// input order: memory stays bounded by the window, not the corpus, and no worker waits on a
    /// lock. Consecutive articles go to a worker in batches (up to 16, fewer for small runs), so
    /// threads hand work over, and wake each other, a few times per hundred articles, not per article.
    /// </summary>
    private static IEnumerable<Checked> InOrder(IReadOnlyList<string> files, Func<string, Checked> check, int jobs)
    {
        var batch = Math.Clamp(files.Count / (jobs * 64), 1, MaxBatch);
        var window = new Queue<Task<Checked[]>>();
        for (var start = 0; start < files.Count; start += batch)
        {
            var (first, count) = (start, Math.Min(batch, files.Count - start));
            window.Enqueue(Task.Run(() =>
            {
                var done = new Checked[count];
                for (var i = 0; i < count; i++)
                    done[i] = check(files[first + i]);
                return done;
            }));
            if (window.Count >= 2 * jobs)
            {
                foreach (var item in Next(window.Dequeue()))
                    yield return item;
            }
        }
        while (window.Count > 0)
        {
            foreach (var item in Next(window.Dequeue()))
                yield return item;
        }
    }

    private const int MaxBatch = 16;

    /// <summary>
    /// Sleeps until the batch is checked. A task's own wait spins first, and spinning here takes
    /// the core a worker needs.
    /// </summary>
    private static Checked[] Next(Task<Checked[]> task)
    {
        if (!task.IsCompleted)
            ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
        return task.GetAwaiter().GetResult();
    }
}
