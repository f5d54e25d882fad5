using ClaimCheck.Extraction.Channels;
using ClaimCheck.Extraction.Cues;
using ClaimCheck.Extraction.Entities;
using ClaimCheck.Extraction.Lexicons;
using ClaimCheck.Extraction.Segmentation;
using ClaimCheck.Extraction.Sources;
using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Statements;

/// <summary>
/// Finds the statements of one sentence. For each cue outside the content of a statement already
/// found: a source phrase before it (tried from the start of the sentence, then after each comma
/// or closing quotation mark) or, failing that, after it ("said Lee"); the content after the cue,
/// or before the source when the source comes last; the channel phrases of the sentence; the
/// quotations inside the content. "According to X" names a source unless X is a channel.
/// </summary>
internal sealed class StatementFinder(string text, Lexicon lexicon, EntityRegistry registry, Func<int, EntityDraft?> pronounAt)
{
    private readonly SourceReader _sources = new(text, lexicon, registry);

    public List<StatementDraft> Find(SentenceView sentence, int sentenceIndex)
    {
        var statements = new List<StatementDraft>();
        if (sentence.IsHeadline)
            return statements;
        var channels = ChannelFinder.Find(text, sentence, lexicon, registry);
        var cues = CueFinder.Find(text, sentence, lexicon);
        // The cues come in token order; "according to" ones are tried last.
        foreach (var cue in cues.Where(c => c.Lemma != "according to").Concat(cues.Where(c => c.Lemma == "according to")))
        {
            if (statements.Exists(s => s.Content.Contains(cue.Span) || s.Source.Span.OverlapsWith(cue.Span)))
                continue;
            if (channels.Exists(c => c.Span.Contains(cue.Span) && c.Span != cue.Span && cue.Lemma != "tell"))
                continue;
            var statement = cue.Lemma == "according to"
                ? According(sentence, sentenceIndex, cue, channels, statements)
                : Ordinary(sentence, sentenceIndex, cue, channels);
            if (statement is not null)
                statements.Add(statement);
        }
        return statements;
    }

    private StatementDraft? Ordinary(SentenceView sentence, int sentenceIndex, CueMatch cue, List<ChannelMatch> channels)
    {
        var tokens = sentence.Tokens;
        SourcePhrase? source = null;
        foreach (var start in Starts(sentence, cue.Index))
        {
            source = _sources.Read(sentence, start, cue.Index - 1, pronounAt);
            if (source is not null)
                break;
        }
        TextSpan? content;
        if (source is not null)
        {
            content = ContentBounds.After(text, sentence, cue.Last + 1, channels);
            if (content is null || (source.First > sentence.ContentStart && ClosesBefore(sentence, source.First)))
                content = ContentBounds.Before(text, sentence, source.Span.Start) ?? content;
        }
        else
        {
            // "…," said Lee. The source follows the cue and runs to the end of its clause.
            if (cue.Index == 0 || tokens[cue.Index - 1].Text is not "," and not "\"" and not "”" and not "’")
                return null;
            var end = cue.Last + 1;
            while (end < tokens.Count && !channels.Exists(c => c.FirstToken == end)
                && !(tokens[end].Text is ";" || (tokens[end].Text == "," && !(end + 1 < tokens.Count && tokens[end + 1].Is("who")))
                     || (tokens[end].Text == "." && !lexicon.Abbreviations.Contains(tokens[end - 1].Text + "."))))
                end++;
            source = end > cue.Last + 1 ? _sources.Read(sentence, cue.Last + 1, end - 1, pronounAt) : null;
            if (source is null)
                return null;
            content = ContentBounds.Before(text, sentence, cue.Span.Start);
        }
        if (content is not { } contentSpan)
            return null;
        return Make(sentence, sentenceIndex, source, cue, contentSpan, channels);
    }

    /// <summary>"According to officials, …" or "…, according to the ministry": the source follows the cue.</summary>
    private StatementDraft? According(SentenceView sentence, int sentenceIndex, CueMatch cue, List<ChannelMatch> channels, List<StatementDraft> found)
    {
        var tokens = sentence.Tokens;
        var channel = channels.FirstOrDefault(c => c.FirstToken == cue.Last + 1);
        if (channel is not null && found.Count > 0)
            return null; // The channel of a statement already found in this sentence.
        var end = cue.Last + 1;
        while (end < tokens.Count && tokens[end].Text is not "," and not "." and not ";")
            end++;
        SourcePhrase? source;
        if (channel is not null)
        {
            if (channel.Outlet is null)
                return null;
            source = new SourcePhrase(channel.FirstToken, channel.LastToken, channel.Span, channel.Text)
            {
                Entity = channel.Outlet,
                Organization = channel.Outlet.Kind == EntityKind.Person ? channel.Outlet.Organization : channel.Outlet,
            };
        }
        else
        {
            source = end > cue.Last + 1 ? _sources.Read(sentence, cue.Last + 1, end - 1, pronounAt) : null;
        }
        if (source is null)
            return null;
        var content = cue.Index > sentence.ContentStart
            ? ContentBounds.Before(text, sentence, cue.Span.Start)
            : ContentBounds.After(text, sentence, end, channels);
        return content is { } span ? Make(sentence, sentenceIndex, source, cue, span, channels) : null;
    }

    private StatementDraft Make(SentenceView sentence, int sentenceIndex, SourcePhrase source, CueMatch cue, TextSpan content, List<ChannelMatch> channels)
    {
        var quotes = sentence.Quotations.Where(q => q.Depth == 0 && content.Contains(q.Outer) && q.Inner.Length > 0).Select(q => q.Inner).ToArray();
        var direct = quotes.Length == 1 && sentence.Quotations.Any(q => q.Depth == 0 && q.Outer == content);
        var form = quotes.Length == 0 ? StatementForm.Indirect : direct ? StatementForm.Direct : StatementForm.Mixed;
        var channel = channels.FirstOrDefault(c => !content.Contains(c.Span) && (cue.Lemma != "according to" || c.FirstToken == cue.Last + 1));
        return new StatementDraft(sentenceIndex, source, cue, content, form, quotes) { Channel = channel };
    }

    /// <summary>The token indices a source phrase before the cue may start at: the sentence's start, and after each comma or closing quotation mark.</summary>
    private static IEnumerable<int> Starts(SentenceView sentence, int cueIndex)
    {
        var tokens = sentence.Tokens;
        // A source phrase is short (SourceReader takes at most 30 words), so only the words just before the cue are tried.
        var window = Math.Max(sentence.ContentStart, cueIndex - 40);
        if (window == sentence.ContentStart)
            yield return sentence.ContentStart;
        for (var k = window; k < cueIndex - 1; k++)
        {
            if (sentence.InQuote(tokens[k].Start) && !IsClosing(sentence, k))
                continue;
            if (tokens[k].Text == "," || IsClosing(sentence, k))
                yield return k + 1 < cueIndex && tokens[k + 1].Text == "," ? k + 2 : k + 1;
        }
    }

    /// <summary>Whether token k closes a top-level quotation. A loop: it runs for every token before every cue.</summary>
    private static bool IsClosing(SentenceView sentence, int k)
    {
        var end = sentence.Tokens[k].End;
        foreach (var q in sentence.Quotations)
        {
            if (q.Depth == 0 && q.Closed && q.Outer.End == end)
                return true;
        }
        return false;
    }

    /// <summary>True when a quotation closes right before the source phrase: "…," Dana Whitfield said.</summary>
    private static bool ClosesBefore(SentenceView sentence, int sourceFirst)
    {
        var k = sourceFirst - 1;
        while (k >= 0 && sentence.Tokens[k].Text == ",")
            k--;
        return k >= 0 && IsClosing(sentence, k);
    }
}
