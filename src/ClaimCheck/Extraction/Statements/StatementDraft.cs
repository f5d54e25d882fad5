using ClaimCheck.Extraction.Channels;
using ClaimCheck.Extraction.Cues;
using ClaimCheck.Extraction.Sources;
using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Statements;

/// <summary>A statement while the article is being read: entities are drafts until ids are given.</summary>
internal sealed record StatementDraft(int SentenceIndex, SourcePhrase Source, CueMatch? Cue, TextSpan Content, StatementForm Form, IReadOnlyList<TextSpan> Quotes)
{
    public ChannelMatch? Channel { get; init; }

    public TextSpan Span
    {
        get
        {
            // A continuation (no cue of its own) is its quotation; the speaker was named before it.
            if (Cue is null)
                return Content;
            var start = Math.Min(Source.Span.Start, Content.Start);
            var end = Math.Max(Source.Span.End, Content.End);
            if (Cue is not null)
            {
                start = Math.Min(start, Cue.Span.Start);
                end = Math.Max(end, Cue.Span.End);
            }
            return TextSpan.FromBounds(start, end);
        }
    }
}
