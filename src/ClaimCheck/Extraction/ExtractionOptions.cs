namespace ClaimCheck.Extraction;

/// <summary>How to extract: the folder of extra lexicon files (docs/extraction.md), if any.</summary>
public sealed record ExtractionOptions
{
    public static readonly ExtractionOptions Default = new();

    /// <summary>A folder whose cues.txt, titles.txt, ... add lines to the bundled lexicons.</summary>
    public string? LexiconDirectory { get; init; }

    /// <summary>
    /// How to read the input whatever its extension: txt, md, html, json or yaml. Null reads by
    /// extension; standard input without it is read as plain text.
    /// </summary>
    public string? InputFormat { get; init; }

    /// <summary>The names <see cref="InputFormat"/> accepts.</summary>
    public static readonly IReadOnlyList<string> InputFormats = ["txt", "md", "html", "json", "yaml"];
}
