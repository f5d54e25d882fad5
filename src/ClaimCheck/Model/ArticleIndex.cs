using System.Runtime.CompilerServices;
using ClaimCheck.Registry.Linking;
using ClaimCheck.Text;

namespace ClaimCheck.Model;

/// <summary>
/// Lookups over one article that the model stores only as ids or as nesting: an entity by id,
/// the statement a quote belongs to, the paragraph a span falls in. Built once per article.
/// </summary>
public sealed class ArticleIndex
{
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Statement> _statements = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<Quote, Statement> _quoteOwners = new();
    private readonly ConditionalWeakTable<Mention, Entity> _mentionOwners = new();

    public ArticleIndex(Article article, RegistryLinks? registry = null)
    {
        Article = article;
        Registry = registry ?? RegistryLinks.None;
        foreach (var entity in article.Entities)
        {
            _entities.TryAdd(entity.Id, entity);
            foreach (var mention in entity.Mentions)
                _mentionOwners.AddOrUpdate(mention, entity);
        }
        foreach (var statement in article.Statements)
        {
            _statements.TryAdd(statement.Id, statement);
            foreach (var quote in statement.Quotes)
                _quoteOwners.AddOrUpdate(quote, statement);
        }
        Quotes = article.Statements.SelectMany(s => s.Quotes).OrderBy(q => q.Span.Start).ToArray();
        Mentions = article.Entities.SelectMany(e => e.Mentions).OrderBy(m => m.Span.Start).ToArray();
    }

    public Article Article { get; }

    /// <summary>The article's links to the reference registry; <see cref="RegistryLinks.None"/> when no registry is loaded.</summary>
    public RegistryLinks Registry { get; }

    public IReadOnlyList<Quote> Quotes { get; }

    public IReadOnlyList<Mention> Mentions { get; }

    public Entity? Entity(string? id) => id is not null && _entities.TryGetValue(id, out var e) ? e : null;

    public Statement? Statement(string? id) => id is not null && _statements.TryGetValue(id, out var s) ? s : null;

    public Statement? StatementOf(Quote quote) => _quoteOwners.TryGetValue(quote, out var s) ? s : null;

    public Entity? EntityOf(Mention mention) => _mentionOwners.TryGetValue(mention, out var e) ? e : null;

    public Paragraph? ParagraphAt(int position) =>
        Article.Paragraphs.FirstOrDefault(p => p.Span.Contains(position) || (p.Span.Length == 0 && p.Span.Start == position));

    public Sentence? SentenceAt(int position) => Article.Sentences.FirstOrDefault(s => s.Span.Contains(position));

    public string TextOf(TextSpan span) =>
        span.End <= Article.Text.Length ? Article.Text.Substring(span.Start, span.Length) : "";

    public IEnumerable<Statement> StatementsBy(Entity entity) =>
        Article.Statements.Where(s => s.Source.Entity == entity.Id);

    public IEnumerable<Claim> ClaimsOf(Statement statement) =>
        Article.Claims.Where(c => c.Statement == statement.Id);
}
