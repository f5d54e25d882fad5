using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Support;

/// <summary>Small articles built in code, with spans found by searching the text.</summary>
internal static class TestArticles
{
    public const string Text =
        "Officials said the port would reopen.\n" +
        "The ministry's spokesperson, Ana Reyes, said \"talks continue\" in remarks to Radio Norte.\n" +
        "Exports fell 12% in 2024.\n";

    public static TextSpan Find(string part, int occurrence = 0)
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
            index = Text.IndexOf(part, index + 1, StringComparison.Ordinal);
        if (index < 0)
            throw new ArgumentException($"'{part}' is not in the test text.");
        return new TextSpan(index, part.Length);
    }

    public static Article Port(Channel? channel = null, bool withChannel = true) => new()
    {
        Id = "port",
        Text = Text,
        Paragraphs =
        [
            new Paragraph { Index = 0, Span = Find("Officials said the port would reopen.") },
            new Paragraph { Index = 1, Span = Find("The ministry's spokesperson, Ana Reyes, said \"talks continue\" in remarks to Radio Norte.") },
            new Paragraph { Index = 2, Span = Find("Exports fell 12% in 2024.") },
        ],
        Entities =
        [
            new Entity { Id = "e-ministry", Name = "Ministry of Transport", Kind = EntityKind.Organization },
            new Entity { Id = "e-reyes", Name = "Ana Reyes", Kind = EntityKind.Person, Titles = ["spokesperson"], Organization = "e-ministry",
                Mentions = [new Mention { Span = Find("Ana Reyes"), Text = "Ana Reyes", Title = "spokesperson" }] },
            new Entity { Id = "e-radio", Name = "Radio Norte", Kind = EntityKind.Outlet, Mentions = [new Mention { Span = Find("Radio Norte"), Text = "Radio Norte" }] },
        ],
        Statements =
        [
            new Statement
            {
                Id = "s1", Span = Find("Officials said the port would reopen"),
                Source = new Source { Anonymous = true, Description = "officials", Text = "Officials", Span = Find("Officials") },
                Cue = new Cue { Text = "said", Lemma = "say", Span = Find("said") },
                Content = new StatementContent { Text = "the port would reopen", Span = Find("the port would reopen") },
                Form = StatementForm.Indirect,
            },
            new Statement
            {
                Id = "s2", Span = Find("The ministry's spokesperson, Ana Reyes, said \"talks continue\" in remarks to Radio Norte"),
                Source = new Source { Entity = "e-reyes", Role = "spokesperson", Organization = "e-ministry", Text = "The ministry's spokesperson, Ana Reyes" },
                Cue = new Cue { Text = "said", Lemma = "say", Span = Find("said", 1) },
                Content = new StatementContent { Text = "\"talks continue\"", Span = Find("\"talks continue\"") },
                Form = StatementForm.Direct,
                Quotes = [new Quote { Text = "talks continue", Span = Find("talks continue") }],
                Channel = withChannel
                    ? channel ?? new Channel { Kind = "remarks", Text = "in remarks to Radio Norte", Span = Find("in remarks to Radio Norte"), Outlet = "e-radio" }
                    : null,
            },
        ],
        Claims =
        [
            new Claim { Id = "c1", Text = "Exports fell 12% in 2024", Span = Find("Exports fell 12% in 2024"),
                Values = [new ClaimValue { Kind = ValueKind.Percent, Text = "12%", Span = Find("12%"), Value = "0.12" },
                          new ClaimValue { Kind = ValueKind.Year, Text = "2024", Span = Find("2024"), Value = "2024" }] },
            new Claim { Id = "c2", Text = "the port would reopen", Span = Find("the port would reopen"), Attributed = true, Statement = "s1" },
        ],
    };

    public static ArticleDocument Document(Article article) => ArticleDocument.ForText(article, "port.json");
}
