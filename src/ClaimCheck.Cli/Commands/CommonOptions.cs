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

    public static Option<string?> InputFormat()
    {
        var option = new Option<string?>("--input-format")
        {
            Description = "Read articles as txt, md, html, json or yaml whatever their extension; '-' (standard input) is read as txt unless this says otherwise.",
        };
        option.AcceptOnlyFromAmong([.. ClaimCheck.Extraction.ExtractionOptions.InputFormats]);
        return option;
    }

    public static Option<string?> Lexicon() => new("--lexicon")
    {
        Description = "A folder of extra lexicon files (cues.txt, titles.txt, ...) whose lines are added to the bundled ones when extracting from text, Markdown or HTML.",
    };

    public static Option<bool> Verbose() => new("--verbose")
    {
        Description = "Show details of internal errors.",
    };
}
