using System.Text;

namespace ClaimCheck.Model.Serialization;

/// <summary>
/// A summary of a model for people (<c>extract --format text</c>): who said what, through which
/// channel, and which claims carry no source, each with the line and column it starts at.
/// </summary>
public static class ArticleSummary
{
    private const int QuoteWidth = 100;

    public static string Write(ArticleDocument document)
    {
        var article = document.Article;
        var index = document.Index;
        var builder = new StringBuilder();
        builder.Append(article.Headline ?? article.Id).Append(" (").Append(article.Id).Append(")\n");
        var unattributed = article.Claims.Count(c => !c.Attributed);
        builder.Append($"{article.Paragraphs.Count} paragraphs, {article.Sentences.Count} sentences, {article.Statements.Count} statements, " +
                       $"{article.Claims.Count} claims ({unattributed} without a source), {article.Entities.Count} entities\n");

        builder.Append("\nStatements\n");
        if (article.Statements.Count == 0)
            builder.Append("  (none)\n");
        foreach (var statement in article.Statements)
        {
            builder.Append($"  {statement.Id} {Where(document, statement.Span)}  {Speaker(statement, index)}\n");
            var form = statement.Form.ToString().ToLowerInvariant();
            var quotes = statement.Quotes.Count switch { 0 => "", 1 => ", 1 quote", var n => $", {n} quotes" };
            builder.Append($"      {statement.Cue?.Text ?? "(no cue)"} ({form}{quotes})");
            builder.Append(statement.Channel is { } channel
                ? $", through {channel.Kind}: {channel.Text ?? "(no text)"}{(index.Entity(channel.Outlet) is { } outlet ? $" [{outlet.Name}]" : "")}\n"
                : ", no channel given\n");
            foreach (var quote in statement.Quotes)
                builder.Append($"      “{Clip(quote.Text)}”\n");
        }

        builder.Append("\nClaims without a source\n");
        if (unattributed == 0)
            builder.Append("  (none)\n");
        foreach (var claim in article.Claims.Where(c => !c.Attributed))
        {
            var values = claim.Values.Count == 0 ? "" : $"  [{string.Join(", ", claim.Values.Select(v => v.Text))}]";
            builder.Append($"  {claim.Id} {Where(document, claim.Span)}  {Clip(claim.Text)}{values}\n");
        }

        if (article.Notes.Count > 0)
        {
            builder.Append("\nNotes\n");
            foreach (var note in article.Notes)
                builder.Append($"  {(note.Span is { } span ? Where(document, span) : "")}  {note.Message}\n");
        }
        return builder.ToString();
    }

    private static string Speaker(Statement statement, ArticleIndex index)
    {
        var source = statement.Source;
        if (source.Anonymous)
            return $"unnamed: {source.Description ?? source.Text ?? "a source"}{(source.Reason is { } reason ? $" (reason: {reason})" : " (no reason given)")}";
        var name = index.Entity(source.Entity)?.Name ?? source.Text ?? "(unknown source)";
        var details = new[] { source.Role, index.Entity(source.Organization)?.Name }.Where(d => !string.IsNullOrEmpty(d) && d != name).ToArray();
        return details.Length == 0 ? name : $"{name} ({string.Join(", ", details)})";
    }

    private static string Where(ArticleDocument document, Text.TextSpan span)
    {
        var start = document.Locate(span).Start;
        return $"({start.Line + 1},{start.Character + 1})";
    }

    private static string Clip(string text)
    {
        var flat = text.Replace('\n', ' ');
        return flat.Length <= QuoteWidth ? flat : flat[..(QuoteWidth - 1)] + "…";
    }
}
