using ClaimCheck.Extraction.Entities;
using ClaimCheck.Extraction.Quotations;
using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Segmentation;

/// <summary>One sentence as the later layers read it: its tokens, its quotations, its names.</summary>
internal sealed record SentenceView(Sentence Sentence, IReadOnlyList<Token> Tokens, IReadOnlyList<Quotation> Quotations, IReadOnlyList<ClassifiedRun> Runs, bool IsHeadline)
{
    public TextSpan Span => Sentence.Span;

    public bool InQuote(int position) => Quotations.Any(q => q.Depth == 0 && q.Outer.Start <= position && position < q.Outer.End);

    /// <summary>The first token after the article's own framing ("In a related context,", a dateline).</summary>
    public int ContentStart { get; init; }
}
