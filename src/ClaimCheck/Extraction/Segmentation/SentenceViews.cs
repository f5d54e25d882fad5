using ClaimCheck.Extraction.Entities;
using ClaimCheck.Extraction.Lexicons;
using ClaimCheck.Extraction.Quotations;
using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Segmentation;

/// <summary>
/// Splits the paragraphs into sentences and reads each one's tokens, quotations and names. The
/// body is read before the headline, whose Title Case capitals say nothing about names: there
/// only names the body has already given, and the gazetteers, are recognised.
/// </summary>
internal static class SentenceViews
{
    public static List<SentenceView> Build(string text, IReadOnlyList<Paragraph> paragraphs, bool headline, IReadOnlyList<Quotation> quotations, Lexicon lexicon, EntityRegistry registry, List<Sentence> sentences)
    {
        // Quotations and sentences are both in text order: walk them together.
        var next = 0;
        foreach (var paragraph in paragraphs)
        {
            while (next < quotations.Count && quotations[next].Outer.Start < paragraph.Span.Start)
                next++;
            var closed = new List<TextSpan>();
            for (var q = next; q < quotations.Count && quotations[q].Outer.Start < paragraph.Span.End; q++)
            {
                if (quotations[q].Closed && quotations[q].Depth == 0 && paragraph.Span.Contains(quotations[q].Outer))
                    closed.Add(quotations[q].Outer);
            }
            if (headline && paragraph.Index == 0)
                sentences.Add(new Sentence { Index = 0, Paragraph = 0, Span = paragraph.Span });
            else
                SentenceSplitter.Split(text, paragraph, closed, lexicon, sentences);
        }

        var finder = new EntityFinder(text, lexicon, registry);
        var views = new SentenceView?[sentences.Count];
        var order = Enumerable.Range(0, sentences.Count).OrderBy(i => headline && i == 0 ? 1 : 0);
        var starts = quotations.Select(q => q.Outer.Start).ToArray();
        foreach (var i in order)
        {
            var sentence = sentences[i];
            var tokens = Tokenizer.Tokenize(text, sentence.Span.Start, sentence.Span.End);
            var isHeadline = headline && i == 0;
            var paragraphStart = paragraphs[sentence.Paragraph].Span.Start == sentence.Span.Start;
            var runs = finder.Sentence(tokens, isHeadline, paragraphStart);
            var from = Array.BinarySearch(starts, sentence.Span.Start);
            from = from < 0 ? ~from : from;
            while (from > 0 && starts[from - 1] == sentence.Span.Start)
                from--;
            var inSentence = new List<Quotation>();
            for (var q = from; q < quotations.Count && quotations[q].Outer.Start < sentence.Span.End; q++)
                inSentence.Add(quotations[q]);
            views[i] = new SentenceView(sentence, tokens, inSentence, runs, isHeadline)
            {
                ContentStart = isHeadline ? 0 : ContentStart(text, sentence.Span, tokens, paragraphStart, lexicon),
            };
        }
        return views.Select(v => v!).ToList();
    }

    /// <summary>The first token after a connective of connectives.txt or a dateline.</summary>
    private static int ContentStart(string text, TextSpan span, List<Token> tokens, bool paragraphStart, Lexicon lexicon)
    {
        if (paragraphStart && tokens.Count > 2 && tokens[0].IsWord && NameWords.IsAllCaps(tokens[0].Text))
        {
            for (var k = 1; k < Math.Min(tokens.Count - 1, 10); k++)
            {
                if (tokens[k].Text is "-" or "—" or "–" && tokens[k].Start > tokens[k - 1].End)
                    return k + 1;
            }
        }
        var connectives = lexicon.Connectives;
        for (var c = 0; c < connectives.Count; c++)
        {
            // Span equality: the same test as string.Compare(...) == 0, without its general-purpose overhead, for every sentence.
            var connective = connectives[c];
            if (span.Length > connective.Length && text.AsSpan(span.Start, connective.Length).Equals(connective, StringComparison.OrdinalIgnoreCase))
            {
                var end = span.Start + connective.Length;
                var k = tokens.FindIndex(t => t.Start >= end);
                return k < 0 ? 0 : k;
            }
        }
        return 0;
    }
}
