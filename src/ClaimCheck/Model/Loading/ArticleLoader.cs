using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Input;
using ClaimCheck.Model.Serialization;
using ClaimCheck.Text;
using YamlDotNet.Core;

namespace ClaimCheck.Model.Loading;

/// <summary>
/// Reads an article model file (JSON or YAML), checks it, and returns the article with the
/// file its findings point into. Every problem is a diagnostic located in the model file;
/// nothing the file contains makes this throw.
/// </summary>
public static partial class ArticleLoader
{
    /// <summary>The model notation a path's extension names, or null for any other file.</summary>
    public static ModelFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => ModelFormat.Json,
        ".yaml" or ".yml" => ModelFormat.Yaml,
        _ => null,
    };

    /// <summary>Loads the model file at <paramref name="path"/>; diagnostics print the path as given.</summary>
    public static ArticleLoadResult Load(string path) => Load(path, ExtractionOptions.Default);

    /// <summary>
    /// Loads a model file, or extracts the model from a text, Markdown or HTML article
    /// (<see cref="ArticleExtractor"/>); diagnostics print the path as given.
    /// </summary>
    public static ArticleLoadResult Load(string path, ExtractionOptions options)
    {
        var display = path.Replace('\\', '/');
        var diagnostics = new DiagnosticBag();
        if (options.InputFormat is not null || ArticleExtractor.FormatOf(path) is not null)
        {
            if (ArticleFileReader.Read(path, diagnostics) is not { } content)
                return Result(null, diagnostics);
            return LoadContent(content, path, options);
        }
        if (FormatOf(path) is not { } format)
        {
            diagnostics.ReportAtPath(display, DiagnosticDescriptors.UnsupportedArticleFormat, display);
            return Result(null, diagnostics);
        }
        if (ArticleFileReader.ReadBytes(path, diagnostics) is not { } bytes)
            return Result(null, diagnostics);
        if (format == ModelFormat.Json)
        {
            // The file is decoded to text only to explain a problem.
            var utf8 = bytes.AsSpan().StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes;
            if (ReadWellFormed(utf8, LazyJsonPositions.FromBytes(utf8, path), path, diagnostics) is { } read)
                return read;
        }
        return Parse(Decode(bytes), path, format, fastPath: false);
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>As <see cref="File.ReadAllText(string)"/> decodes: UTF-8 unless a byte order mark says otherwise.</summary>
    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Loads an article already read (standard input): a model when <see cref="ExtractionOptions.InputFormat"/>
    /// or the path's extension says json or yaml, otherwise extracted as text, Markdown or HTML.
    /// </summary>
    public static ArticleLoadResult LoadContent(string content, string path, ExtractionOptions options)
    {
        var named = options.InputFormat?.ToLowerInvariant();
        if (named is "json" or "yaml" or "yml" || (named is null && FormatOf(path) is not null))
            return Parse(content, path, named is "yaml" or "yml" ? ModelFormat.Yaml : named == "json" ? ModelFormat.Json : FormatOf(path)!.Value);
        var format = named switch
        {
            "md" or "markdown" => InputFormat.Markdown,
            "html" or "htm" => InputFormat.Html,
            "txt" or "text" => InputFormat.Text,
            _ => ArticleExtractor.FormatOf(path) ?? InputFormat.Text,
        };
        var extracted = ArticleExtractor.Extract(content, path, format, options);
        return new ArticleLoadResult(extracted.Document, extracted.Diagnostics);
    }

    /// <summary>Loads a model from text already read (standard input, tests); <paramref name="path"/> names it in diagnostics.</summary>
    public static ArticleLoadResult Parse(string text, string path, ModelFormat format) => Parse(text, path, format, fastPath: true);

    /// <summary>As <see cref="Parse(string, string, ModelFormat)"/>; without the fast path every model goes through the shape check (tests hold both paths to the same results).</summary>
    internal static ArticleLoadResult Parse(string text, string path, ModelFormat format, bool fastPath)
    {
        // A byte order mark is invisible in editors, so columns are counted without it.
        if (text.StartsWith('\uFEFF'))
            text = text[1..];
        var source = SourceText.From(text, path.Replace('\\', '/'));
        var diagnostics = new DiagnosticBag();
        if (fastPath && format == ModelFormat.Json)
        {
            var utf8 = Encoding.UTF8.GetBytes(source.Text);
            if (ReadWellFormed(utf8, new LazyJsonPositions(source, utf8), path, diagnostics) is { } read)
                return read;
        }
        var (json, positions) = format == ModelFormat.Yaml ? ReadYaml(source, diagnostics) : ReadJson(source, diagnostics);
        if (json is null || positions is null)
            return Result(null, diagnostics);

        var report = new ModelReporter(positions, diagnostics);
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        new ModelShapeChecker(report).CheckArticle(document.RootElement);
        // Later checks assume a well-shaped article; running them anyway would only repeat the same problems.
        if (diagnostics.HasErrors || Deserialize(document.RootElement, report) is not { } article)
            return Result(null, diagnostics);
        return Validated(article, path, report, diagnostics);
    }

    /// <summary>
    /// The fast path: most models are well formed, so they are read in one pass; null sends the
    /// model through the shape check, which explains what is wrong.
    /// </summary>
    private static ArticleLoadResult? ReadWellFormed(byte[] utf8, IModelPositions positions, string path, DiagnosticBag diagnostics) =>
        StrictModelReader.TryRead(utf8) is { } article ? Validated(article, path, new ModelReporter(positions, diagnostics), diagnostics) : null;

    /// <summary>The checks that need the whole article: spans inside the text and quoting it, references, ids.</summary>
    private static ArticleLoadResult Validated(Article article, string path, ModelReporter report, DiagnosticBag diagnostics)
    {
        new ModelSpanValidator(article, report).Validate();
        new ModelReferenceValidator(article, report).Validate();
        if (diagnostics.HasErrors)
            return Result(null, diagnostics);
        return Result(ArticleDocumentFactory.Create(article, path, report), diagnostics);
    }

    private static (byte[]? Json, IModelPositions? Positions) ReadJson(SourceText source, DiagnosticBag diagnostics)
    {
        var utf8 = Encoding.UTF8.GetBytes(source.Text);
        try
        {
            LazyJsonPositions.CheckSyntax(utf8);
            return (utf8, new LazyJsonPositions(source, utf8));
        }
        catch (JsonException e)
        {
            var position = JsonSyntaxErrors.Position(e, source.Text);
            var found = position.Start < source.Length ? source[position.Start] : (char?)null;
            diagnostics.Report(DiagnosticDescriptors.ModelSyntax, new TextLocation(source, position), JsonSyntaxErrors.Message(e, found));
            return (null, null);
        }
    }

    private static (byte[]? Json, IModelPositions? Positions) ReadYaml(SourceText source, DiagnosticBag diagnostics)
    {
        var map = new YamlPositionMap(source);
        try
        {
            return (YamlModelConverter.Convert(map, diagnostics), map);
        }
        catch (YamlException e)
        {
            var location = new TextLocation(source, map.SpanOf(e.Start, e.End, isContainer: false));
            diagnostics.Report(DiagnosticDescriptors.ModelSyntax, location, YamlMessage(e));
            return (null, null);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // Found by fuzzing: YamlDotNet rejects some broken documents this way, without a position.
            var end = source.Text.TrimEnd().Length;
            diagnostics.Report(DiagnosticDescriptors.ModelSyntax, new TextLocation(source, new TextSpan(end, 0)), "The YAML is not well formed: a bracket, brace or quote is probably not closed.");
            return (null, null);
        }
    }

    private static string YamlMessage(YamlException e)
    {
        var message = e.Message.Trim();
        if (DuplicateKey().Match(message) is { Success: true } duplicate)
            return $"The key '{duplicate.Groups[1].Value}' appears more than once in this mapping; keep one.";
        return message.EndsWith('.') ? message : message + ".";
    }

    /// <summary>
    /// The shape check has already vetted the document, so this should not fail; if the
    /// serializer still disagrees, its complaint is reported at the path it names.
    /// </summary>
    private static Article? Deserialize(JsonElement root, ModelReporter report)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in root.EnumerateObject())
            {
                if (property.Name != ModelShapeChecker.SchemaProperty)
                    property.WriteTo(writer);
            }
            writer.WriteEndObject();
        }
        try
        {
            return JsonSerializer.Deserialize<Article>(buffer.WrittenSpan, ArticleJson.Options);
        }
        catch (JsonException e)
        {
            var detail = SerializerSuffix().Replace(e.Message, "").TrimEnd('.');
            report.InvalidField(e.Path ?? JsonPaths.Root, $"the value cannot be read ({detail}).");
            return null;
        }
    }

    private static ArticleLoadResult Result(ArticleDocument? document, DiagnosticBag diagnostics) =>
        new(diagnostics.HasErrors ? null : document, DiagnosticFormatter.Sort(diagnostics.Items).ToImmutableArray());

    [GeneratedRegex(@"^Duplicate key (.+)$")]
    private static partial Regex DuplicateKey();

    [GeneratedRegex(@"\s*Path: .*$")]
    private static partial Regex SerializerSuffix();
}
