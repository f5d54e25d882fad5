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
    public sealed record Checked(string Path, ArticleLoadResult Loaded, ArticleResult? Result);

    public static IEnumerable<Checked> Check(IReadOnlyList<string> files, RuleSet ruleSet, ReferenceRegistry? registry, int jobs, Func<string, ArticleLoadResult> load)
    {
        Checked One(string file)
        {
            var loaded = load(file);
            return new Checked(file, loaded, loaded.Document is { } document ? ruleSet.Check(document, registry) : null);
        }

        if (jobs <= 1 || files.Count <= 1)
            return files.Select(One);
        return files
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Min(jobs, 64))
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(One);
    }
}
