namespace ClaimCheck;

/// <summary>How a rule set is loaded and checked: where compiled C# blocks are cached, and how long they may run.</summary>
public sealed record RuleSetOptions
{
    /// <summary>The default limit for a rule's C# blocks on one article.</summary>
    public static readonly TimeSpan DefaultCSharpTimeLimit = TimeSpan.FromMilliseconds(500);

    public static RuleSetOptions Default { get; } = new();

    /// <summary>
    /// The folder for compiled C# blocks and parsed rule files; null means <c>CLAIMCHECK_CACHE_DIR</c>, else
    /// <c>$XDG_CACHE_HOME/claimcheck</c>, else <c>~/.cache/claimcheck</c>.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>How long a rule's C# blocks may run on one article before the rule is stopped (CC6002).</summary>
    public TimeSpan CSharpTimeLimit { get; init; } = DefaultCSharpTimeLimit;
}
