using ClaimCheck.Extraction;
using ClaimCheck.Model.Loading;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// Loads the articles a command names: files, or standard input when the path is '-'. One
/// article can be read ahead (while the rules load) and is handed out the first time it is asked for.
/// </summary>
internal sealed class ArticleInputs(CliContext context, ExtractionOptions options)
{
    public const string StandardInput = "-";

    /// <summary>How diagnostics name standard input.</summary>
    public const string StandardInputName = "<stdin>";

    private sealed record ReadAhead(string Path, ArticleLoadResult Result);

    private ReadAhead? _readAhead;

    public void Preload(string path) => _readAhead = new ReadAhead(path, Load(context, path, options));

    /// <summary>Workers call this at once; the article read ahead goes to exactly one of them.</summary>
    public ArticleLoadResult Load(CliContext shown, string path)
    {
        if (Volatile.Read(ref _readAhead) is { } ahead && ahead.Path == path && Interlocked.CompareExchange(ref _readAhead, null, ahead) == ahead)
            return ahead.Result;
        return Load(shown, path, options);
    }

    public static ArticleLoadResult Load(CliContext context, string path, ExtractionOptions options)
    {
        if (path != StandardInput)
            return ArticleLoader.Load(path, options);
        var content = context.In.ReadToEnd();
        return ArticleLoader.LoadContent(content, StandardInputName, options with { InputFormat = options.InputFormat ?? "txt" });
    }
}
