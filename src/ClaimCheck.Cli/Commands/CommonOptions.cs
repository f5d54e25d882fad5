using System.CommandLine;

namespace ClaimCheck.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<string[]> Rules() => new("--rules", "-r")
    {
        Description = "A rule file or folder of *.rules files; repeat for more. Replaces the bundled packs; name them with 'bundled:' to keep them (or 'bundled:NAME.rules' for one pack).",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string[]> Registry() => new("--registry")
    {
        Description = "A registry file (YAML) of people, organizations and outlets to check titles and names against; repeat to merge several.",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string?> CacheDir() => new("--cache-dir")
    {
        Description = "Folder for compiled C# blocks (default: $CLAIMCHECK_CACHE_DIR, else $XDG_CACHE_HOME/claimcheck, else ~/.cache/claimcheck).",
    };

    public static Option<bool> Verbose() => new("--verbose")
    {
        Description = "Show details of internal errors.",
    };
}
