using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Cues;

/// <summary>A reporting cue in a sentence: token index, word count, the words as written and their lemma.</summary>
internal sealed record CueMatch(int Index, int Length, TextSpan Span, string Text, string Lemma)
{
    public int Last => Index + Length - 1;
}
