namespace ClaimCheck.Model;

/// <summary>
/// The file the article text was taken from (relative to the model file) and, when the text
/// is not a verbatim copy of it, the segments that map text offsets back to file offsets.
/// </summary>
public sealed record ArticleSource
{
    public string? Path { get; init; }
    public IReadOnlyList<SourceSegment> Map { get; init; } = [];
}

/// <summary><see cref="Length"/> characters at text offset <see cref="Start"/> come from file offset <see cref="SourceStart"/>.</summary>
public sealed record SourceSegment(int Start, int Length, int SourceStart);
