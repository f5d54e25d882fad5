using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace ClaimCheck.Predicates;

/// <summary>
/// The time a rule's C# blocks may take on one article. Compiled blocks call <see cref="Tick"/>
/// in every loop body and <see cref="Enter"/> at the start of every method, lambda and local
/// function (ClaimCheck inserts the calls; rule authors cannot name this type). The budget is
/// per thread, so articles checked in parallel each have their own.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CSharpBudget
{
    // Reading the clock costs more than the count; once every few ticks is often enough.
    private const int TicksPerClockRead = 64;

    [ThreadStatic] private static long t_deadline;
    [ThreadStatic] private static long t_ticks;
    [ThreadStatic] private static TimeSpan t_limit;

    /// <summary>Starts a fresh budget for one rule on one article.</summary>
    internal static void Start(TimeSpan limit)
    {
        t_limit = limit;
        t_ticks = 0;
        t_deadline = Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency);
    }

    /// <summary>Called once per loop iteration; throws when the budget is spent.</summary>
    public static void Tick()
    {
        if (++t_ticks % TicksPerClockRead == 0 && t_deadline != 0 && Stopwatch.GetTimestamp() > t_deadline)
            throw new CSharpTimeLimitException(t_limit);
    }

    /// <summary>Called on entering a block, lambda or local function: a recursion check and a tick.</summary>
    public static void Enter()
    {
        // Deep recursion would overflow the stack, which ends the process; this throws first.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        Tick();
    }
}
