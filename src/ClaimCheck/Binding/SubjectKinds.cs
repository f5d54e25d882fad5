using ClaimCheck.Model;
using ClaimCheck.Text;
using S = ClaimCheck.Binding.ModelSchema;

namespace ClaimCheck.Binding;

/// <summary>The kinds of subject a <c>for each</c> or a policy sentence may name.</summary>
public static class SubjectKinds
{
    public static readonly SubjectKind Article = new("article", "articles", S.Article, i => [i.Article], (_, _) => new TextSpan(0, 0));

    public static IReadOnlyList<SubjectKind> All { get; } =
    [
        Article,
        new("paragraph", "paragraphs", S.Paragraph, i => i.Article.Paragraphs, (p, _) => ((Paragraph)p).Span),
        new("sentence", "sentences", S.Sentence, i => i.Article.Sentences, (s, _) => ((Sentence)s).Span),
        new("statement", "statements", S.Statement, i => i.Article.Statements, (s, _) => ((Statement)s).Span),
        new("quote", "quotes", S.Quote, i => i.Quotes, (q, _) => ((Quote)q).Span),
        new("claim", "claims", S.Claim, i => i.Article.Claims, (c, _) => ((Claim)c).Span),
        new("mention", "mentions", S.Mention, i => i.Mentions, (m, _) => ((Mention)m).Span),
        new("entity", "entities", S.Entity, i => i.Article.Entities, LocateEntity),
        Entities("person", "people", EntityKind.Person),
        Entities("organization", "organizations", EntityKind.Organization),
        Entities("outlet", "outlets", EntityKind.Outlet),
        Entities("place", "places", EntityKind.Place),
        Entities("country", "countries", EntityKind.Country),
    ];

    /// <summary>Finds a kind by its singular or plural name ("statement", "statements", "persons").</summary>
    public static SubjectKind? Find(string name)
    {
        var lower = name.ToLowerInvariant();
        return All.FirstOrDefault(k => k.Name == lower || k.Plural == lower || k.Name + "s" == lower);
    }

    private static SubjectKind Entities(string name, string plural, EntityKind kind) =>
        new(name, plural, S.Entity, i => i.Article.Entities.Where(e => e.Kind == kind), LocateEntity);

    private static TextSpan LocateEntity(object entity, ArticleIndex index) =>
        ((Entity)entity).Mentions.OrderBy(m => m.Span.Start).Select(m => m.Span).FirstOrDefault();
}
