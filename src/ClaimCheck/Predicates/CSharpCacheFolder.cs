namespace ClaimCheck.Predicates;

/// <summary>Where compiled C# blocks are kept: the option, then CLAIMCHECK_CACHE_DIR, then the per-user cache folder.</summary>
internal static class CSharpCacheFolder
{
    public const string EnvironmentVariable = "CLAIMCHECK_CACHE_DIR";

    public static string Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
            return Path.GetFullPath(option);
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
            return Path.GetFullPath(fromEnvironment);
        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg))
            return Path.Combine(xdg, "claimcheck");
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "claimcheck");
        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "claimcheck");
    }
}
