namespace ClaimCheck.Cli;

/// <summary>The exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above the fail-on level.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above the fail-on level.</summary>
    public const int Findings = 1;

    /// <summary>Could not run as asked: usage, rule diagnostics, unreadable input.</summary>
    public const int CouldNotRun = 2;
}
