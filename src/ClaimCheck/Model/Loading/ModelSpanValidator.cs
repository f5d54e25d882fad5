using ClaimCheck.Text;

namespace ClaimCheck.Model.Loading;

/// <summary>
/// Every span of a deserialized article lies inside its text, and every text the model gives
/// beside a span is the text at that span (a mismatch is a warning: the span wins).
/// </summary>
internal sealed class ModelSpanValidator(Article article, ModelReporter report) : TwoPassValidator
{
    private readonly int _length = article.Text.Length;

    protected override void Walk()
    {
        ValidateSourceMap();
        Each(article.Paragraphs, Top("paragraphs"), (p, path) => Span(path, p.Span));
        var paragraphs = article.Paragraphs.Select(p => p.Index).ToHashSet();
        Each(article.Sentences, Top("sentences"), (s, path) =>
        {
            Span(path, s.Span);
            if (article.Paragraphs.Count > 0 && !paragraphs.Contains(s.Paragraph) && !Quietly())
                report.InvalidField(Property(path, "paragraph"), $"no paragraph has the index {s.Paragraph}.");
        });
        Each(article.Entities, Top("entities"), (entity, path) =>
            Each(entity.Mentions, Property(path, "mentions"), (m, mentionPath) => SpanWithText(mentionPath, m.Span, m.Text)));
        Each(article.Statements, Top("statements"), ValidateStatement);
        Each(article.Claims, Top("claims"), (claim, path) =>
        {
            SpanWithText(path, claim.Span, claim.Text);
            Each(claim.Values, Property(path, "values"), (v, valuePath) => SpanWithText(valuePath, v.Span, v.Text));
        });
        Each(article.Suppressions, Top("suppressions"), (s, path) =>
        {
            if (s.Span is { } span)
                Span(path, span);
        });
        Each(article.Notes, Top("notes"), (n, path) =>
        {
            if (n.Span is { } span)
                Span(path, span);
        });
    }

    private void ValidateStatement(Statement statement, string path)
    {
        Span(path, statement.Span);
        if (statement.Source.Span is { } sourceSpan)
            SpanWithText(Property(path, "source"), sourceSpan, statement.Source.Text);
        if (statement.Cue is { } cue)
            SpanWithText(Property(path, "cue"), cue.Span, cue.Text);
        if (statement.Content is { } content)
            SpanWithText(Property(path, "content"), content.Span, content.Text);
        Each(statement.Quotes, Property(path, "quotes"), (q, quotePath) => SpanWithText(quotePath, q.Span, q.Text));
        if (statement.Channel is { Span: { } channelSpan } channel)
            SpanWithText(Property(path, "channel"), channelSpan, channel.Text);
    }

    private void ValidateSourceMap()
    {
        if (article.Source is null)
            return;
        var map = Property(Top("source"), "map");
        for (var i = 0; i < article.Source.Map.Count; i++)
        {
            var segment = article.Source.Map[i];
            if (segment.Start + segment.Length > _length && !Quietly())
                report.SpanOutOfRange(Element(map, i), new TextSpan(segment.Start, segment.Length), _length, endField: "length");
        }
    }

    /// <summary><paramref name="ownerPath"/> is the object holding <c>span</c> (and <c>text</c>).</summary>
    private bool Span(string ownerPath, TextSpan span)
    {
        if (span.End <= _length)
            return true;
        if (!Quietly())
            report.SpanOutOfRange(Property(ownerPath, "span"), span, _length);
        return false;
    }

    private void SpanWithText(string ownerPath, TextSpan span, string? text)
    {
        if (!Span(ownerPath, span) || text is null)
            return;
        if (!article.Text.AsSpan(span.Start, span.Length).SequenceEqual(text) && !Quietly())
            report.SpanTextMismatch(Property(ownerPath, "text"), article.Text.Substring(span.Start, span.Length), text);
    }

    private void Each<T>(IReadOnlyList<T> items, string listPath, Action<T, string> check)
    {
        for (var i = 0; i < items.Count; i++)
            check(items[i], Element(listPath, i));
    }
}
