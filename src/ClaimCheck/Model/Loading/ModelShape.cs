using System.Text.Json;
using System.Reflection;
using ClaimCheck.Text;

namespace ClaimCheck.Model.Loading;

/// <summary>
/// The shape of the model file, read from the records as the serializer reads them, so the
/// shape check accepts exactly the fields deserialization will bind. Which fields must be
/// present, and the fixed vocabularies of plain string fields, are added here: the records
/// give every field a default and cannot say so.
/// </summary>
internal sealed class ModelShape
{
    /// <summary>Fields that must be present (and, for strings, not empty), by record type.</summary>
    internal static readonly Dictionary<Type, string[]> RequiredFields = new()
    {
        [typeof(Article)] = ["id", "text"],
        [typeof(Entity)] = ["id", "name", "kind"],
        [typeof(Statement)] = ["id", "source", "form"],
        [typeof(Quote)] = ["text", "span"],
        [typeof(Claim)] = ["id", "text", "span"],
        [typeof(ClaimValue)] = ["kind", "text", "span"],
        [typeof(Channel)] = ["kind"],
        [typeof(Cue)] = ["text", "span"],
        [typeof(StatementContent)] = ["text", "span"],
        [typeof(Mention)] = ["span"],
        [typeof(Paragraph)] = ["index", "span"],
        [typeof(Sentence)] = ["index", "paragraph", "span"],
        [typeof(Suppression)] = ["rule"],
        [typeof(Note)] = ["message"],
        [typeof(SourceSegment)] = ["start", "length", "sourceStart"],
    };

    /// <summary>Plain string fields that take only these values.</summary>
    internal static readonly Dictionary<(Type, string), string[]> Vocabularies = new()
    {
        [(typeof(Channel), "kind")] = ["remarks", "statement", "interview", "post", "report", "briefing", "press-conference", "other"],
    };

    private static readonly Dictionary<Type, string> Nouns = new()
    {
        [typeof(Article)] = "the article",
        [typeof(ArticleSource)] = "the article's source",
        [typeof(SourceSegment)] = "a source map segment",
        [typeof(Paragraph)] = "a paragraph",
        [typeof(Sentence)] = "a sentence",
        [typeof(Entity)] = "an entity",
        [typeof(Mention)] = "a mention",
        [typeof(Statement)] = "a statement",
        [typeof(Source)] = "a statement's source",
        [typeof(Cue)] = "a cue",
        [typeof(StatementContent)] = "a statement's content",
        [typeof(Quote)] = "a quote",
        [typeof(Channel)] = "a channel",
        [typeof(Claim)] = "a claim",
        [typeof(ClaimValue)] = "a claim value",
        [typeof(Suppression)] = "a suppression",
        [typeof(Note)] = "a note",
        [typeof(TextSpan)] = "a span",
    };

    private static readonly Dictionary<Type, ModelShape> Cache = [];
    private static readonly Lock CacheLock = new();

    private ModelShape(ModelShapeKind kind, string noun)
    {
        Kind = kind;
        Noun = noun;
    }

    // Built once: every model load starts here, and a lock taken per load is felt with --jobs.
    private static readonly Lazy<ModelShape> ArticleShape = new(() => For(typeof(Article)));

    public static ModelShape Article => ArticleShape.Value;

    public ModelShapeKind Kind { get; }

    /// <summary>How messages name an object of this shape ("a statement").</summary>
    public string Noun { get; }

    /// <summary>For objects and spans, in declaration order.</summary>
    public IReadOnlyList<ModelShapeField> Fields { get; private set; } = [];

    /// <summary>For lists.</summary>
    public ModelShape? Element { get; private init; }

    /// <summary>For enums and fixed-vocabulary strings: every accepted value.</summary>
    public IReadOnlyList<string> Values { get; private init; } = [];

    public ModelShapeField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    /// <summary>What a value of this shape looks like, for "expected …" messages.</summary>
    public string Expected => Kind switch
    {
        ModelShapeKind.Object => "an object",
        ModelShapeKind.Span => "a span with start and end",
        ModelShapeKind.List => "a list",
        ModelShapeKind.Integer => "a whole number",
        ModelShapeKind.Boolean => "true or false",
        ModelShapeKind.Date => "a date written year-month-day, like 2025-04-14",
        _ when Values.Count > 0 => "one of " + string.Join(", ", Values),
        _ => "a string",
    };

    /// <summary>The records of the article model (not the framework's types they hold).</summary>
    public static bool IsModelType(Type type) => type.Namespace == typeof(Article).Namespace;

    public static ModelShape For(Type type)
    {
        lock (CacheLock)
            return Build(type);
    }

    private static ModelShape Build(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (Cache.TryGetValue(type, out var cached))
            return cached;
        var noun = Nouns.GetValueOrDefault(type, "a " + type.Name.ToLowerInvariant());
        ModelShape shape;
        if (type == typeof(TextSpan))
            shape = new ModelShape(ModelShapeKind.Span, noun);
        else if (type == typeof(string))
            shape = new ModelShape(ModelShapeKind.String, noun);
        else if (type == typeof(int))
            shape = new ModelShape(ModelShapeKind.Integer, noun);
        else if (type == typeof(bool))
            shape = new ModelShape(ModelShapeKind.Boolean, noun);
        else if (type == typeof(DateOnly))
            shape = new ModelShape(ModelShapeKind.Date, noun);
        else if (type.IsEnum)
            shape = new ModelShape(ModelShapeKind.Enum, noun) { Values = EnumValues(type) };
        else if (ElementType(type) is { } element)
            shape = new ModelShape(ModelShapeKind.List, noun) { Element = Build(element) };
        else if (IsModelType(type) && type.IsClass)
            shape = new ModelShape(ModelShapeKind.Object, noun);
        else
            throw new NotSupportedException($"The model has a field of type {type}, which the loader does not know.");

        Cache[type] = shape;
        if (shape.Kind == ModelShapeKind.Span)
            shape.Fields = [SpanBound("start"), SpanBound("end")];
        else if (shape.Kind == ModelShapeKind.Object)
            shape.Fields = SerializedProperties(type).Select(p => FieldOf(type, p)).ToArray();
        return shape;
    }

    // Read by reflection, as the serializer reads the records (public properties with a getter, in
    // declaration order, camelCase names, nullable annotations), so a run that only loads models
    // builds the serializer's metadata once, for the reader. A test holds the two to the same fields.
    private static IEnumerable<PropertyInfo> SerializedProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract");

    private static Type? ElementType(Type type) =>
        type == typeof(string) ? null
        : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0]
        : null;

    private static ModelShapeField FieldOf(Type owner, PropertyInfo property)
    {
        var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
        var shape = Build(property.PropertyType);
        if (Vocabularies.TryGetValue((owner, name), out var values))
            shape = new ModelShape(ModelShapeKind.String, shape.Noun) { Values = values };
        var required = RequiredFields.TryGetValue(owner, out var names) && names.Contains(name);
        return new ModelShapeField(name, shape, IsNullable(property), required);
    }

    private static bool IsNullable(PropertyInfo property) =>
        property.PropertyType.IsValueType
            ? Nullable.GetUnderlyingType(property.PropertyType) is not null
            : new NullabilityInfoContext().Create(property).WriteState != NullabilityState.NotNull;

    private static ModelShapeField SpanBound(string name) => new(name, Build(typeof(int)), Nullable: false, Required: true);

    private static string[] EnumValues(Type type) =>
        Enum.GetNames(type).Select(JsonNamingPolicy.KebabCaseLower.ConvertName).ToArray();
}
