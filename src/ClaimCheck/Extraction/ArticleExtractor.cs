using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Claims;
using ClaimCheck.Extraction.Entities;
using ClaimCheck.Extraction.Input;
using ClaimCheck.Extraction.Lexicons;
using ClaimCheck.Extraction.Quotations;
using ClaimCheck.Extraction.Segmentation;
using ClaimCheck.Extraction.Statements;
using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// Extracts the article model from a text, Markdown or HTML article, rule by rule and layer by
/// layer (docs/extraction.md): input and source map, paragraphs, quotations, sentences, names and
/// entities, cues, sources, channels, statements, claims. Any text gives a model; only input that
/// is not text at all (a NUL character) is an error.
/// </summary>
public static class ArticleExtractor
{
    public static InputFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" or ".text" => InputFormat.Text,
        ".md" or ".markdown" => InputFormat.Markdown,
        ".html" or ".htm" => InputFormat.Html,
        _ => null,
    };

    /// <summary>Extracts from <paramref name="content"/>, read from <paramref name="path"/> (which names it in diagnostics and in <c>source.path</c>).</summary>
    public static ExtractionResult Extract(string content, string path, InputFormat format, ExtractionOptions? options = null)
    {
        var display = path.Replace('\\', '/');
        if (content.StartsWith('\uFEFF'))
            content = content[1..];
        var source = SourceText.From(content, display);
        var diagnostics = new DiagnosticBag();
        var nul = content.IndexOf('\0');
        if (nul >= 0)
        {
            diagnostics.Report(source, new TextSpan(nul, 1), DiagnosticDescriptors.BinaryArticle);
            return Result(null, diagnostics);
        }
        var lexicon = LexiconFor(options, diagnostics);
        if (lexicon is null)
            return Result(null, diagnostics);

        var input = format switch
        {
            InputFormat.Markdown => MarkdownInput.Read(source, diagnostics),
            InputFormat.Html => HtmlInput.Read(content),
            _ => PlainTextInput.Read(content),
        };
        var article = Extract(input, IdOf(display), lexicon) with
        {
            Source = new ArticleSource { Path = Path.GetFileName(display), Map = input.Map },
        };
        if (format is InputFormat.Markdown or InputFormat.Html)
            article = article with { Suppressions = [.. article.Suppressions, .. SuppressionComments.Read(content, input.Map, article.Paragraphs, article.Text.Length)] };
        if (article.Paragraphs.Count == 0)
            diagnostics.Report(source, new TextSpan(0, 0), DiagnosticDescriptors.EmptyArticle);
        var map = input.Map.Count == 0 ? OffsetMap.Identity : new OffsetMap(input.Map);
        return Result(new ArticleDocument(article, display, source, map), diagnostics);
    }

    private static Lexicon? LexiconFor(ExtractionOptions? options, DiagnosticBag diagnostics)
    {
        if (options?.LexiconDirectory is not { } directory)
            return Lexicon.Default;
        if (!Directory.Exists(directory))
        {
            diagnostics.ReportAtPath(directory.Replace('\\', '/'), DiagnosticDescriptors.LexiconFolderMissing, directory.Replace('\\', '/'));
            return null;
        }
        var lexicon = LexiconCache.Load(directory, diagnostics);
        return diagnostics.HasErrors ? null : lexicon;
    }

    internal static Article Extract(ArticleInput input, string id, Lexicon lexicon)
    {
        var text = input.Text;
        var paragraphs = ParagraphSplitter.Split(text);
        var notes = new List<Note>();
        var quotations = QuotationScanner.Scan(text, paragraphs, notes);
        var headline = paragraphs.Count > 1 && (input.FirstParagraphIsHeadline || LooksLikeHeadline(text, paragraphs[0]));
        var registry = new EntityRegistry();
        var sentences = new List<Sentence>();
        var views = SentenceViews.Build(text, paragraphs, headline, quotations, lexicon, registry, sentences);
        References.LinkImpliedOrganizations(registry);

        var finder = new StatementFinder(text, lexicon, registry, position => References.PersonBefore(registry, position));
        var drafts = new List<StatementDraft>();
        for (var i = 0; i < views.Count; i++)
            drafts.AddRange(finder.Find(views[i], i));
        drafts = Continuations.Apply(text, views, drafts);
        References.Pronouns(views, registry);
        var claims = ClaimBuilder.Build(text, views, drafts, lexicon, input.Published);

        var entities = registry.Build();
        var (statements, finalClaims) = ModelAssembler.Assemble(text, drafts, claims);
        return new Article
        {
            Id = id,
            Headline = input.Headline ?? (headline ? text[paragraphs[0].Span.Start..paragraphs[0].Span.End] : null),
            Outlet = input.Outlet,
            Url = input.Url,
            Published = input.Published,
            Language = input.Language ?? "en",
            Text = text,
            Paragraphs = paragraphs,
            Sentences = sentences,
            Entities = entities,
            Statements = statements,
            Claims = finalClaims,
            Notes = notes.OrderBy(n => n.Span?.Start ?? 0).ToArray(),
        };
    }

    /// <summary>In plain text the first line is the headline when it does not end like a sentence and a blank line or more text follows.</summary>
    private static bool LooksLikeHeadline(string text, Paragraph first) =>
        first.Span.Length <= 200 && text[first.Span.End - 1] is not ('.' or '”' or '"' or ':' or ',');

    private static string IdOf(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return name.Length == 0 || path == "-" ? "stdin" : name;
    }

    private static ExtractionResult Result(ArticleDocument? document, DiagnosticBag diagnostics) =>
        new(diagnostics.HasErrors ? null : document, DiagnosticFormatter.Sort(diagnostics.Items).ToImmutableArray());
}
