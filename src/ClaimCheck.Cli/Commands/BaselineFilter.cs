using ClaimCheck.Reporting;

namespace ClaimCheck.Cli.Commands;

/// <summary>Drops the findings a baseline already has from each checked article, and says how many were dropped.</summary>
internal static class BaselineFilter
{
    public static IEnumerable<ParallelChecker.Checked> Apply(IEnumerable<ParallelChecker.Checked> items, Baseline? baseline, CliContext context)
    {
        if (baseline is null)
        {
            foreach (var item in items)
                yield return item;
            yield break;
        }
        var matched = 0;
        foreach (var item in items)
        {
            if (item.Result is { } result)
            {
                var (filtered, count) = baseline.Apply(result);
                matched += count;
                yield return item with { Result = filtered };
            }
            else
            {
                yield return item;
            }
        }
        context.Error.WriteLine($"claimcheck: {matched} finding{(matched == 1 ? "" : "s")} matched the baseline and {(matched == 1 ? "is" : "are")} not reported.");
    }
}
