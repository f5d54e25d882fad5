using ClaimCheck.Extraction.Lexicons;
using ClaimCheck.Extraction.Segmentation;
using ClaimCheck.Extraction.Statements;
using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Claims;

/// <summary>
/// The claims of an article: the headline; each assertion of a sentence that holds no statement,
/// in the article's own voice; and each assertion inside a statement's content (for direct
/// speech, the quoted words), attributed to it. Own-voice text around a statement in the same
/// sentence is framing (a connective, a channel) and gives no claim.
/// </summary>
internal static class ClaimBuilder
{
    public static List<(Claim Claim, StatementDraft? Statement)> Build(string text, IReadOnlyList<SentenceView> sentences, IReadOnlyList<StatementDraft> statements, Lexicon lexicon, DateOnly? published)
    {
        var claims = new List<(Claim, StatementDraft?)>();
        var bySentence = statements.ToLookup(st => st.SentenceIndex);
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var own = bySentence[s].ToList();
            if (own.Count == 0)
            {
                var start = sentence.ContentStart < sentence.Tokens.Count ? sentence.Tokens[sentence.ContentStart].Start : sentence.Span.End;
                var body = Trim(text, TextSpan.FromBounds(start, sentence.Span.End), sentence);
                var pieces = sentence.IsHeadline ? [body] : ClaimSplitter.Split(text, body, lexicon, sentence.InQuote, continuingCues: false);
                claims.AddRange(pieces.Where(p => p.Length > 0).Select(p => (Make(text, p, published, null), (StatementDraft?)null)));
                continue;
            }
            foreach (var statement in own)
            {
                if (RelaysDocument(statement, sentence))
                {
                    // The document reports that the source said or did this: the report as a whole is the claim.
                    claims.Add((Make(text, statement.Span, published, statement), statement));
                    continue;
                }
                IEnumerable<TextSpan> pieces = statement.Form == StatementForm.Direct
                    ? statement.Quotes
                    : ClaimSplitter.Split(text, statement.Content, lexicon, sentence.InQuote, continuingCues: true);
                claims.AddRange(pieces.Select(p => (Make(text, p, published, statement), (StatementDraft?)statement)));
            }
        }
        return claims;
    }

    /// <summary>"X discussed Y, according to a statement issued by Z": Z, not X, is who tells the article so.</summary>
    private static bool RelaysDocument(StatementDraft statement, SentenceView sentence) =>
        statement.Channel is { Kind: "statement" or "report", Outlet: { } issuer } channel
        && sentence.Span.Contains(channel.Span) && channel.Span.Start > statement.Content.End
        && issuer != statement.Source.Entity && issuer != statement.Source.Organization;

    private static Claim Make(string text, TextSpan span, DateOnly? published, StatementDraft? statement) => new()
    {
        Text = text[span.Start..span.End],
        Span = span,
        Values = ValueFinder.Find(text, span, published),
        Attributed = statement is not null,
    };

    private static TextSpan Trim(string text, TextSpan span, SentenceView sentence)
    {
        var end = span.End;
        while (end > span.Start && (char.IsWhiteSpace(text[end - 1]) || (text[end - 1] is '.' or '!' or '?' or ',' && !sentence.InQuote(end - 1))))
            end--;
        return TextSpan.FromBounds(span.Start, end);
    }
}
