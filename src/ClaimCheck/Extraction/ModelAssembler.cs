using ClaimCheck.Extraction.Statements;
using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>Turns the drafts into the model's records once every entity has its id: statements s1, s2, … and claims c1, c2, … in text order.</summary>
internal static class ModelAssembler
{
    public static (List<Statement> Statements, List<Claim> Claims) Assemble(string text, IReadOnlyList<StatementDraft> drafts, IReadOnlyList<(Claim Claim, StatementDraft? Statement)> claims)
    {
        var ordered = drafts.OrderBy(d => d.Span.Start).ToList();
        var ids = new Dictionary<StatementDraft, string>(ReferenceEqualityComparer.Instance);
        var statements = new List<Statement>();
        foreach (var draft in ordered)
        {
            var id = "s" + (statements.Count + 1);
            ids[draft] = id;
            var source = draft.Source;
            statements.Add(new Statement
            {
                Id = id,
                Span = draft.Span,
                Source = new Source
                {
                    Entity = source.Anonymous ? null : source.Entity?.Id,
                    Text = source.Text,
                    Span = source.Span,
                    Role = source.Role,
                    Organization = source.Organization?.Id,
                    Anonymous = source.Anonymous || source.Entity?.Id is null,
                    Description = source.Anonymous || source.Entity?.Id is null ? source.Description ?? Lower(source.Text) : null,
                    Reason = source.Reason,
                },
                Cue = draft.Cue is { } cue ? new Cue { Text = cue.Text, Lemma = cue.Lemma, Span = cue.Span } : null,
                Content = new StatementContent { Text = Slice(text, draft.Content), Span = draft.Content },
                Form = draft.Form,
                Quotes = draft.Quotes.Select(q => new Quote { Text = Slice(text, q), Span = q }).ToArray(),
                Channel = draft.Channel is { } channel
                    ? new Channel { Kind = channel.Kind, Text = channel.Text, Span = channel.Span, Outlet = channel.Outlet?.Id }
                    : null,
            });
        }
        var result = claims.OrderBy(c => c.Claim.Span.Start).Select((c, i) => c.Claim with
        {
            Id = "c" + (i + 1),
            Statement = c.Statement is { } s && ids.TryGetValue(s, out var sid) ? sid : null,
            Attributed = c.Statement is not null && ids.ContainsKey(c.Statement),
        }).ToList();
        return (statements, result);
    }

    private static string Slice(string text, TextSpan span) => text[span.Start..span.End];

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
