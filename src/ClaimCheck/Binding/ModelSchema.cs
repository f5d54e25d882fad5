using ClaimCheck.Binding.Types;
using ClaimCheck.Model;
using static ClaimCheck.Binding.Types.PrimitiveType;

namespace ClaimCheck.Binding;

/// <summary>
/// What the article model exposes to rules: every type and member a path may name.
/// This is the one place that joins the rule language to the model records.
/// </summary>
public static class ModelSchema
{
    public static readonly ObjectType Article = new("article", "an", "The article being checked.");
    public static readonly ObjectType Paragraph = new("paragraph", "a", "A paragraph of the article body.");
    public static readonly ObjectType Sentence = new("sentence", "a", "A sentence.");
    public static readonly ObjectType Entity = new("entity", "an", "A person, organization, outlet, place or country.");
    public static readonly ObjectType Mention = new("mention", "a", "One place an entity is named or referred to.");
    public static readonly ObjectType Statement = new("statement", "a", "An attribution: who said what, how, through which channel.");
    public static readonly ObjectType Source = new("source", "a", "The speaker of a statement.");
    public static readonly ObjectType Cue = new("cue", "a", "The reporting verb or phrase of a statement.");
    public static readonly ObjectType Content = new("content", "a", "What a statement says.");
    public static readonly ObjectType Quote = new("quote", "a", "A quoted stretch of a statement.");
    public static readonly ObjectType Channel = new("channel", "a", "How a statement reached the article.");
    public static readonly ObjectType Claim = new("claim", "a", "A factual assertion.");
    public static readonly ObjectType Value = new("value", "a", "A date, year, number, percentage, amount or quantity in a claim.");

    public static IReadOnlyList<ObjectType> Types { get; } =
        [Article, Paragraph, Sentence, Entity, Mention, Statement, Source, Cue, Content, Quote, Channel, Claim, Value, RegistrySchema.Entry, RegistrySchema.Office];

    static ModelSchema()
    {
        Article
            .Add<Article>("id", TextType, "The article's id.", (a, _) => a.Id)
            .Add<Article>("headline", TextType, "The headline.", (a, _) => a.Headline)
            .Add<Article>("outlet", TextType, "The publishing outlet.", (a, _) => a.Outlet)
            .Add<Article>("url", TextType, "The article's address.", (a, _) => a.Url)
            .Add<Article>("published", DateType, "The publication date.", (a, _) => a.Published)
            .Add<Article>("language", TextType, "The language code (\"en\").", (a, _) => a.Language)
            .Add<Article>("text", TextType, "The whole body text.", (a, _) => a.Text)
            .Add<Article>("words", NumberType, "The number of words in the body.", (a, _) => (double)Words(a.Text))
            .Add<Article>("paragraphs", new ListType(Paragraph), "The paragraphs.", (a, _) => a.Paragraphs)
            .Add<Article>("sentences", new ListType(Sentence), "The sentences.", (a, _) => a.Sentences)
            .Add<Article>("entities", new ListType(Entity), "All entities.", (a, _) => a.Entities)
            .Add<Article>("people", new ListType(Entity), "Entities of kind person.", (a, _) => OfKind(a, EntityKind.Person))
            .Add<Article>("organizations", new ListType(Entity), "Entities of kind organization.", (a, _) => OfKind(a, EntityKind.Organization))
            .Add<Article>("outlets", new ListType(Entity), "Entities of kind outlet.", (a, _) => OfKind(a, EntityKind.Outlet))
            .Add<Article>("statements", new ListType(Statement), "The statements.", (a, _) => a.Statements)
            .Add<Article>("quotes", new ListType(Quote), "All quotes of all statements, in text order.", (_, i) => i.Quotes)
            .Add<Article>("claims", new ListType(Claim), "The claims.", (a, _) => a.Claims);

        Paragraph
            .Add<Paragraph>("index", NumberType, "Position in the article, from 0 (the headline when it is in the text).", (p, _) => (double)p.Index)
            .Add<Paragraph>("text", TextType, "The paragraph's text.", (p, i) => i.TextOf(p.Span))
            .Add<Paragraph>("words", NumberType, "The number of words.", (p, i) => (double)Words(i.TextOf(p.Span)))
            .Add<Paragraph>("sentences", new ListType(Sentence), "Its sentences.", (p, i) => i.Article.Sentences.Where(s => s.Paragraph == p.Index).ToArray())
            .Add<Paragraph>("statements", new ListType(Statement), "Statements that start in it.", (p, i) => i.Article.Statements.Where(s => p.Span.Contains(s.Span.Start)).ToArray())
            .Add<Paragraph>("claims", new ListType(Claim), "Claims that start in it.", (p, i) => i.Article.Claims.Where(c => p.Span.Contains(c.Span.Start)).ToArray());

        Sentence
            .Add<Sentence>("index", NumberType, "Position in the article, from 0.", (s, _) => (double)s.Index)
            .Add<Sentence>("text", TextType, "The sentence's text.", (s, i) => i.TextOf(s.Span))
            .Add<Sentence>("words", NumberType, "The number of words.", (s, i) => (double)Words(i.TextOf(s.Span)))
            .Add<Sentence>("paragraph", Paragraph, "The paragraph it is in.", (s, i) => i.Article.Paragraphs.FirstOrDefault(p => p.Index == s.Paragraph));

        Entity
            .Add<Entity>("id", TextType, "The entity's id.", (e, _) => e.Id)
            .Add<Entity>("name", TextType, "The fullest name the article gives.", (e, _) => e.Name)
            .Add<Entity>("kind", TextType, "person, organization, outlet, place or country.", (e, _) => Kebab(e.Kind))
            .Add<Entity>("titles", new ListType(TextType), "Titles and roles the article gives.", (e, _) => e.Titles)
            .Add<Entity>("title", TextType, "The first title, if any.", (e, _) => e.Titles.FirstOrDefault())
            .Add<Entity>("organization", Entity, "For a person: the organization they belong to.", (e, i) => i.Entity(e.Organization))
            .Add<Entity>("country", Entity, "The country it belongs to or lies in.", (e, i) => i.Entity(e.Country))
            .Add<Entity>("aliases", new ListType(TextType), "Other names.", (e, _) => e.Aliases)
            .Add<Entity>("mentions", new ListType(Mention), "Where it is named, in text order.", (e, _) => e.Mentions.OrderBy(m => m.Span.Start).ToArray())
            .Add<Entity>("first", Mention, "The first mention.", (e, _) => e.Mentions.OrderBy(m => m.Span.Start).FirstOrDefault())
            .Add<Entity>("statements", new ListType(Statement), "Statements it is the source of.", (e, i) => i.StatementsBy(e).ToArray())
            .Add<Entity>("registry", RegistrySchema.Entry, "Its entry in the reference registry (missing without a registry, or when no entry or several fit).", RegistrySchema.EntryOf)
            .Add<Entity>("registryNote", TextType, "Why it is not linked to the registry when several entries fit.", RegistrySchema.NoteOf);

        Mention
            .Add<Mention>("text", TextType, "The words of the mention.", (m, i) => m.Text ?? i.TextOf(m.Span))
            .Add<Mention>("title", TextType, "The title used at this mention.", (m, _) => m.Title)
            .Add<Mention>("entity", Entity, "The entity mentioned.", (m, i) => i.EntityOf(m))
            .Add<Mention>("first", BooleanType, "Whether this is the entity's first mention.", (m, i) => IsFirst(m, i))
            .Add<Mention>("paragraph", Paragraph, "The paragraph it is in.", (m, i) => i.ParagraphAt(m.Span.Start));

        Statement
            .Add<Statement>("id", TextType, "The statement's id.", (s, _) => s.Id)
            .Add<Statement>("text", TextType, "The whole attribution as written.", (s, i) => i.TextOf(s.Span))
            .Add<Statement>("source", Source, "Who is speaking.", (s, _) => s.Source)
            .Add<Statement>("speaker", Entity, "The speaking entity, when named.", (s, i) => i.Entity(s.Source.Entity))
            .Add<Statement>("cue", Cue, "The reporting verb or phrase.", (s, _) => s.Cue)
            .Add<Statement>("content", Content, "What was said.", (s, _) => s.Content)
            .Add<Statement>("form", TextType, "direct, indirect or mixed.", (s, _) => Kebab(s.Form))
            .Add<Statement>("quotes", new ListType(Quote), "The quoted stretches.", (s, _) => s.Quotes)
            .Add<Statement>("channel", Channel, "How it reached the article.", (s, _) => s.Channel)
            .Add<Statement>("claims", new ListType(Claim), "Claims in its content.", (s, i) => i.ClaimsOf(s).ToArray())
            .Add<Statement>("paragraph", Paragraph, "The paragraph it starts in.", (s, i) => i.ParagraphAt(s.Span.Start));

        Source
            .Add<Source>("entity", Entity, "The speaker's entity, when named.", (s, i) => i.Entity(s.Entity))
            .Add<Source>("name", TextType, "The speaker's name, when named.", (s, i) => i.Entity(s.Entity)?.Name)
            .Add<Source>("kind", TextType, "person, organization, outlet, ... or anonymous.", (s, i) => s.Anonymous ? "anonymous" : i.Entity(s.Entity) is { } e ? Kebab(e.Kind) : null)
            .Add<Source>("text", TextType, "The source phrase as written.", (s, _) => s.Text)
            .Add<Source>("role", TextType, "The role or title given with this statement.", (s, _) => s.Role)
            .Add<Source>("organization", Entity, "The organization the source speaks for.", (s, i) => i.Entity(s.Organization) ?? i.Entity(i.Entity(s.Entity)?.Organization))
            .Add<Source>("anonymous", BooleanType, "Whether the source is unnamed.", (s, _) => s.Anonymous)
            .Add<Source>("description", TextType, "How an unnamed source is described.", (s, _) => s.Description)
            .Add<Source>("reason", TextType, "Why an unnamed source is not named.", (s, _) => s.Reason);

        Cue
            .Add<Cue>("text", TextType, "The cue as written (\"stated\").", (c, _) => c.Text)
            .Add<Cue>("lemma", TextType, "Its base form (\"state\").", (c, _) => c.Lemma ?? c.Text.ToLowerInvariant());

        Content
            .Add<StatementContent>("text", TextType, "What was said.", (c, _) => c.Text)
            .Add<StatementContent>("words", NumberType, "The number of words.", (c, _) => (double)Words(c.Text));

        Quote
            .Add<Quote>("text", TextType, "The quoted words, without quotation marks.", (q, _) => q.Text)
            .Add<Quote>("words", NumberType, "The number of words.", (q, _) => (double)Words(q.Text))
            .Add<Quote>("statement", Statement, "The statement it belongs to.", (q, i) => i.StatementOf(q))
            .Add<Quote>("paragraph", Paragraph, "The paragraph it starts in.", (q, i) => i.ParagraphAt(q.Span.Start));

        Channel
            .Add<Channel>("kind", TextType, "remarks, statement, interview, post, report, briefing, press-conference or other.", (c, _) => c.Kind)
            .Add<Channel>("text", TextType, "The channel phrase as written.", (c, _) => c.Text)
            .Add<Channel>("outlet", Entity, "The outlet or issuer.", (c, i) => i.Entity(c.Outlet));

        Claim
            .Add<Claim>("id", TextType, "The claim's id.", (c, _) => c.Id)
            .Add<Claim>("text", TextType, "The claim as written.", (c, _) => c.Text)
            .Add<Claim>("values", new ListType(Value), "Dates, numbers and quantities in it.", (c, _) => c.Values)
            .Add<Claim>("attributed", BooleanType, "Whether the claim is attributed to a source.", (c, _) => c.Attributed)
            .Add<Claim>("statement", Statement, "The statement it belongs to, when attributed.", (c, i) => i.Statement(c.Statement))
            .Add<Claim>("paragraph", Paragraph, "The paragraph it starts in.", (c, i) => i.ParagraphAt(c.Span.Start));

        Value
            .Add<ClaimValue>("kind", TextType, "year, date, number, percent, money, quantity or duration.", (v, _) => Kebab(v.Kind))
            .Add<ClaimValue>("text", TextType, "The value as written.", (v, _) => v.Text)
            .Add<ClaimValue>("value", TextType, "The normalized value.", (v, _) => v.Value);
    }

    /// <summary>Word count: runs of letters or digits, so punctuation and quotation marks do not count.</summary>
    public static int Words(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return 0;
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = char.IsLetterOrDigit(c) || c is '\'' or '’' or '-';
            if (wordChar && !inWord)
                count++;
            inWord = wordChar;
        }
        return count;
    }

    private static string Kebab<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static Entity[] OfKind(Article article, EntityKind kind) => article.Entities.Where(e => e.Kind == kind).ToArray();

    private static bool IsFirst(Mention mention, ArticleIndex index) =>
        index.EntityOf(mention) is { } entity && entity.Mentions.Min(m => m.Span.Start) == mention.Span.Start;
}
