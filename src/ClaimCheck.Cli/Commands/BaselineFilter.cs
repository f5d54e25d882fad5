using ClaimCheck.Reporting;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// Drops the findings a baseline already has from each checked article (on the worker that
/// checked it, so any number of articles can be filtered at once), and says at the end how many were dropped.
/// </summary>
internal sealed class BaselineFilter(Baseline? baseline)
{
    private int _matched;

    public ParallelChecker.Checked Apply(ParallelChecker.Checked item)
    {
        if (baseline is null || item.Result is not { } result)
            return item;
        var (filtered, count) = baseline.Apply(result);
        Interlocked.Add(ref _matched, count);
        return item with { Result = filtered };
    }

    public void Report(CliContext context)
    {
        if (baseline is null)
            return;
        var matched = Volatile.Read(ref _matched);
        context.Error.WriteLine($"claimcheck: {matched} finding{(matched == 1 ? "" : "s")} matched the baseline and {(matched == 1 ? "is" : "are")} not reported.");
    }
}
