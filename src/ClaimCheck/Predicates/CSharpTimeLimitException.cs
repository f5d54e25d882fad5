namespace ClaimCheck.Predicates;

/// <summary>Thrown by <see cref="CSharpBudget"/> when a C# block runs past its time limit; the checker reports CC6002.</summary>
internal sealed class CSharpTimeLimitException(TimeSpan limit)
    : Exception($"A C# block ran longer than {limit.TotalMilliseconds:0} ms.")
{
    public TimeSpan Limit { get; } = limit;
}
