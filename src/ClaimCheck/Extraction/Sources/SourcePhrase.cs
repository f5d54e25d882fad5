using ClaimCheck.Extraction.Entities;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Sources;

/// <summary>A source phrase read from tokens first..last: who it names or describes, in which role, for which body.</summary>
internal sealed record SourcePhrase(int First, int Last, TextSpan Span, string Text)
{
    public EntityDraft? Entity { get; init; }
    public string? Role { get; init; }
    public EntityDraft? Organization { get; init; }
    public bool Anonymous { get; init; }
    public string? Description { get; init; }
    public string? Reason { get; init; }
}
