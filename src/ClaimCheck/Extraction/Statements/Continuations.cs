using ClaimCheck.Extraction.Segmentation;
using ClaimCheck.Model;

namespace ClaimCheck.Extraction.Statements;

/// <summary>
/// Statements that go on from the one before. A sentence that opens with a quotation continuing a
/// quote that ran on from the previous paragraph, and has no attribution of its own, is the same
/// speaker's (no cue). A statement without a channel, in the sentence right after one with a
/// channel, keeps that channel when its speaker is the same or is named in that sentence: it
/// relays the same account ("…, according to a statement issued by the Russian Ministry of
/// Foreign Affairs. Vershinin affirmed that …").
/// </summary>
internal static class Continuations
{
    public static List<StatementDraft> Apply(string text, IReadOnlyList<SentenceView> sentences, List<StatementDraft> statements)
    {
        var result = new List<StatementDraft>();
        var bySentence = statements.GroupBy(s => s.SentenceIndex).ToDictionary(g => g.Key, g => g.ToList());
        for (var i = 0; i < sentences.Count; i++)
        {
            if (bySentence.TryGetValue(i, out var own))
            {
                result.AddRange(own);
                continue;
            }
            var sentence = sentences[i];
            var opening = sentence.Quotations.FirstOrDefault(q => q.Depth == 0 && q.Outer.Start == sentence.Span.Start);
            if (opening is null || result.Count == 0)
                continue;
            var previous = result[^1];
            // A quotation that is the whole sentence, right after the speaker's statement in the same paragraph, is theirs too.
            var wholeSentence = opening.Closed && opening.Outer.End >= sentence.Span.End - 1
                && previous.SentenceIndex == i - 1 && sentences[i - 1].Sentence.Paragraph == sentence.Sentence.Paragraph;
            if (!opening.ContinuesPrevious && !wholeSentence)
                continue;
            result.Add(new StatementDraft(i, previous.Source, null, opening.Outer, StatementForm.Direct, [opening.Inner]) { Channel = previous.Channel });
        }

        for (var k = 1; k < result.Count; k++)
        {
            var current = result[k];
            var previous = result[k - 1];
            if (current.Channel is not null || previous.Channel is null || current.SentenceIndex != previous.SentenceIndex + 1 || current.Source.Entity is null)
                continue;
            var previousSentence = sentences[previous.SentenceIndex].Span;
            var named = current.Source.Entity == previous.Source.Entity
                || current.Source.Entity.HasMentionIn(previousSentence, previous.Source.Span);
            if (named)
                result[k] = current with { Channel = previous.Channel };
        }
        return result;
    }
}
