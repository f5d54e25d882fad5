using ClaimCheck.Extraction.Entities;
using ClaimCheck.Extraction.Quotations;
using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Segmentation;

/// <summary>One sentence as the later layers read it: its tokens, its quotations, its names.</summary>
internal sealed record SentenceView(Sentence Sentence, IReadOnlyList<Token> Tokens, IReadOnlyList<Quotation> Quotations, IReadOnlyList<ClassifiedRun> Runs, bool IsHeadline)
{
    public TextSpan Span => Sentence.Span;

    public bool InQuote(int position)
    {
        // A loop, not Any with a lambda: this runs for most tokens of every sentence.
        for (var i = 0; i < Quotations.Count; i++)
        {
            var q = Quotations[i];
            if (q.Depth == 0 && q.Outer.Start <= position && position < q.Outer.End)
                return true;
        }
        return false;
    }

    /// <summary>The first token after the article's own framing ("In a related context,", a dateline).</summary>
    public int ContentStart { get; init; }
}
