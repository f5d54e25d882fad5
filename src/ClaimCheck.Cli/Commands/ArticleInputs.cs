using ClaimCheck.Extraction;
using ClaimCheck.Model.Loading;

namespace ClaimCheck.Cli.Commands;

/// <summary>Loads the article a command names: a file, or standard input when the path is '-'.</summary>
internal static class ArticleInputs
{
    public const string StandardInput = "-";

    /// <summary>How diagnostics name standard input.</summary>
    public const string StandardInputName = "<stdin>";

    public static ArticleLoadResult Load(CliContext context, string path, ExtractionOptions options)
    {
        if (path != StandardInput)
            return ArticleLoader.Load(path, options);
        var content = context.In.ReadToEnd();
        return ArticleLoader.LoadContent(content, StandardInputName, options with { InputFormat = options.InputFormat ?? "txt" });
    }
}
