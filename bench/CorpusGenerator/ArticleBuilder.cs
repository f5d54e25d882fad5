using System.Text;
using ClaimCheck.Model;
using ClaimCheck.Text;

namespace CorpusGenerator;

/// <summary>Builds an article's text piece by piece while recording the spans of what it writes, so the model is exact.</summary>
internal sealed class ArticleBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<Paragraph> _paragraphs = [];
    private readonly List<Sentence> _sentences = [];
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);
    private readonly List<Statement> _statements = [];
    private readonly List<Claim> _claims = [];
    private int _paragraphStart = -1;

    public int Position => _text.Length;

    public TextSpan Write(string text)
    {
        var start = _text.Length;
        _text.Append(text);
        return new TextSpan(start, text.Length);
    }

    public void BeginParagraph() => _paragraphStart = _text.Length;

    public void EndParagraph()
    {
        _paragraphs.Add(new Paragraph { Index = _paragraphs.Count, Span = TextSpan.FromBounds(_paragraphStart, _text.Length) });
        _sentences.Add(new Sentence { Index = _sentences.Count, Paragraph = _paragraphs.Count - 1, Span = TextSpan.FromBounds(_paragraphStart, _text.Length) });
        _text.Append("\n\n");
    }

    public Entity Entity(string id, string name, EntityKind kind, TextSpan mention, string? title = null, string? organization = null)
    {
        var m = new Mention { Span = mention, Text = _text.ToString(mention.Start, mention.Length), Title = title };
        if (_entities.TryGetValue(id, out var existing))
        {
            var updated = existing with { Mentions = [.. existing.Mentions, m] };
            _entities[id] = updated;
            return updated;
        }
        var entity = new Entity { Id = id, Name = name, Kind = kind, Titles = title is null ? [] : [title], Organization = organization, Mentions = [m] };
        _entities[id] = entity;
        return entity;
    }

    public void EnsureEntity(string id, string name, EntityKind kind)
    {
        if (!_entities.ContainsKey(id))
            _entities[id] = new Entity { Id = id, Name = name, Kind = kind };
    }

    public void Add(Statement statement) => _statements.Add(statement);

    public void Add(Claim claim) => _claims.Add(claim);

    public string Text(TextSpan span) => _text.ToString(span.Start, span.Length);

    public string NextStatementId => $"s{_statements.Count + 1}";

    public string NextClaimId => $"c{_claims.Count + 1}";

    public Article Build(string id, string headline, DateOnly published) => new()
    {
        Id = id,
        Headline = headline,
        Published = published,
        Language = "en",
        Text = _text.ToString(),
        Paragraphs = _paragraphs,
        Sentences = _sentences,
        Entities = _entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal).ToList(),
        Statements = _statements,
        Claims = _claims,
    };
}
