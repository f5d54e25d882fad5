using ClaimCheck.Model;

namespace ClaimCheck.Reporting.Html;

/// <summary>The statements, sources, cues, channels, quotes and claims of an article, as highlights of its text.</summary>
internal static class ArticleHighlights
{
    public static IEnumerable<Highlight> Of(ArticleIndex index)
    {
        var article = index.Article;
        foreach (var statement in article.Statements)
        {
            var speaker = index.Entity(statement.Source.Entity)?.Name ?? statement.Source.Description ?? statement.Source.Text ?? "unnamed";
            var form = statement.Form.ToString().ToLowerInvariant();
            yield return new Highlight(HighlightKind.Statement, statement.Span, $"Statement {statement.Id} ({form}) by {speaker}");
            if (statement.Source.Span is { } source)
                yield return new Highlight(HighlightKind.Source, source, $"Source of {statement.Id}: {speaker}" + (statement.Source.Anonymous ? " (anonymous)" : ""));
            if (statement.Cue is { } cue)
                yield return new Highlight(HighlightKind.Cue, cue.Span, $"Cue of {statement.Id}: {cue.Lemma ?? cue.Text}");
            if (statement.Channel is { Span: { } channelSpan } channel)
            {
                var outlet = index.Entity(channel.Outlet)?.Name;
                yield return new Highlight(HighlightKind.Channel, channelSpan, $"Channel of {statement.Id}: {channel.Kind}" + (outlet is null ? "" : $" ({outlet})"));
            }
            foreach (var quote in statement.Quotes)
                yield return new Highlight(HighlightKind.Quote, quote.Span, $"Quote in {statement.Id}");
        }
        foreach (var claim in article.Claims)
        {
            var attribution = claim.Attributed ? "attributed" + (claim.Statement is { } s ? $" to {s}" : "") : "not attributed";
            yield return new Highlight(HighlightKind.Claim, claim.Span, $"Claim {claim.Id} ({attribution})");
        }
    }
}
