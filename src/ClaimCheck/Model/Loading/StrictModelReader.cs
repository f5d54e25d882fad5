using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ClaimCheck.Model.Serialization;

namespace ClaimCheck.Model.Loading;

/// <summary>
/// The loader's fast path: most models are well formed, so they are deserialized straight from
/// their bytes with the serializer made exactly as strict as <see cref="ModelShapeChecker"/>
/// (the same fields, required fields, vocabularies, nullability and bounds, read from
/// <see cref="ModelShape"/>). Anything it refuses returns null and goes the slow way, where the
/// shape check explains every problem at its position; a test holds the two paths to the same
/// verdict, diagnostics and article on hundreds of mutated models (thousands in a soak run).
/// </summary>
internal static class StrictModelReader
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>The article, or null when the slow path must say what is wrong.</summary>
    public static Article? TryRead(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return JsonSerializer.Deserialize<Article>(utf8, Options);
        }
        catch (Exception e) when (e is JsonException or ModelShapeViolation or InvalidOperationException)
        {
            return null;
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(ArticleJson.Options)
        {
            AllowDuplicateProperties = false,
            RespectNullableAnnotations = true,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { Tighten } },
        };
        // The general enum converter reads names in any case; the shape check takes only the exact ones.
        var general = options.Converters.OfType<JsonStringEnumConverter>().Single();
        options.Converters.Remove(general);
        options.Converters.Add(new ExactEnumConverterFactory());
        options.MakeReadOnly();
        return options;
    }

    private static void Tighten(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || !ModelShape.IsModelType(info.Type))
            return;
        var shape = ModelShape.For(info.Type);
        foreach (var property in info.Properties)
        {
            if (shape.Field(property.Name) is not { } field)
                continue;
            property.IsRequired = field.Required;
            if (property.Set is { } set && NeedsValueCheck(field))
                property.Set = (target, value) =>
                {
                    CheckValue(value, field);
                    set(target, value);
                };
        }
        if (info.Type == typeof(Article))
        {
            // Editors put a schema reference at the top of a model; it is read and dropped.
            var schema = info.CreateJsonPropertyInfo(typeof(JsonElement), ModelShapeChecker.SchemaProperty);
            schema.Set = (_, _) => { };
            info.Properties.Add(schema);
        }
    }

    private static bool NeedsValueCheck(ModelShapeField field) =>
        field.Shape.Kind is ModelShapeKind.Integer or ModelShapeKind.List
        || (field.Shape.Kind == ModelShapeKind.String && (field.Required || field.Shape.Values.Count > 0));

    private static void CheckValue(object? value, ModelShapeField field)
    {
        var shape = field.Shape;
        switch (value)
        {
            case string text when shape.Values.Count > 0 && !shape.Values.Contains(text, StringComparer.Ordinal):
            case string { Length: 0 } when field.Required:
            case int number when number < 0:
                throw new ModelShapeViolation();
            case IEnumerable items and not string when shape.Kind == ModelShapeKind.List:
                foreach (var item in items)
                {
                    if (item is null or int and < 0)
                        throw new ModelShapeViolation();
                }
                break;
        }
    }

    /// <summary>Thrown inside deserialization to leave the fast path; never escapes <see cref="TryRead"/>.</summary>
    private sealed class ModelShapeViolation : Exception;
}
