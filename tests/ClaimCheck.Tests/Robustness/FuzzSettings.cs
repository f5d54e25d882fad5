namespace ClaimCheck.Tests.Robustness;

/// <summary>How many cases each fuzz test runs: a bounded number in the normal run, more for a soak (CLAIMCHECK_FUZZ_CASES).</summary>
internal static class FuzzSettings
{
    public static int Cases(int normal) =>
        int.TryParse(Environment.GetEnvironmentVariable("CLAIMCHECK_FUZZ_CASES"), out var soak) && soak > 0 ? soak : normal;

    /// <summary>Runs one case on a worker with a deadline, so a hang fails the test instead of stalling the run.</summary>
    public static void WithinDeadline(Action action, int seed, TimeSpan deadline)
    {
        var task = Task.Run(action);
        if (!task.Wait(deadline))
            Assert.Fail($"Case with seed {seed} did not finish within {deadline.TotalSeconds} s.");
    }
}
