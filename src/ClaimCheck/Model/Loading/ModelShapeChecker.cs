using System.Globalization;
using System.Text.Json;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Model.Loading;

/// <summary>
/// Checks the parsed document against <see cref="ModelShape"/> before deserializing it: the
/// serializer stops at the first problem and words it for programmers, while this reports
/// every unknown field, wrong type, bad value and missing field, each at its own token.
/// </summary>
internal sealed class ModelShapeChecker(ModelReporter report)
{
    /// <summary>Editors put a schema reference at the top of a model; it is not part of the article.</summary>
    public const string SchemaProperty = "$schema";

    private const int MaxShown = 40;

    public void CheckArticle(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            report.Malformed(JsonPaths.Root, $"The model must be an object holding one article, found {Found(root)}.");
            return;
        }
        CheckObject(root, JsonPaths.Root, ModelShape.Article, isRoot: true);
    }

    private void Check(JsonElement value, string path, ModelShapeField field)
    {
        var shape = field.Shape;
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!field.Nullable)
                report.InvalidField(path, $"expected {shape.Expected}, found null.");
            return;
        }
        switch (shape.Kind)
        {
            case ModelShapeKind.Object or ModelShapeKind.Span when value.ValueKind == JsonValueKind.Object:
                CheckObject(value, path, shape, isRoot: false);
                break;
            case ModelShapeKind.List when value.ValueKind == JsonValueKind.Array:
                var index = 0;
                var element = new ModelShapeField("", shape.Element!, Nullable: false, Required: false);
                foreach (var item in value.EnumerateArray())
                    Check(item, JsonPaths.Element(path, index++), element);
                break;
            case ModelShapeKind.String or ModelShapeKind.Enum when value.ValueKind == JsonValueKind.String:
                CheckString(value.GetString()!, path, field);
                break;
            case ModelShapeKind.Integer when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number):
                if (number < 0)
                    report.InvalidField(path, $"expected a whole number of 0 or more, found {number}.");
                break;
            case ModelShapeKind.Boolean when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                break;
            case ModelShapeKind.Date when value.ValueKind == JsonValueKind.String:
                if (!DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    report.InvalidField(path, $"expected {shape.Expected}, found {Found(value)}.");
                break;
            default:
                report.InvalidField(path, $"expected {shape.Expected}, found {Found(value)}.");
                break;
        }
    }

    private void CheckString(string text, string path, ModelShapeField field)
    {
        var values = field.Shape.Values;
        if (values.Count > 0 && !values.Contains(text, StringComparer.Ordinal))
            report.InvalidField(path, $"expected {field.Shape.Expected}, found '{Shorten(text)}'{Suggestions.DidYouMean(text, values)}");
        else if (field.Required && text.Length == 0)
            report.InvalidField(path, "the field must not be empty.");
    }

    private void CheckObject(JsonElement value, string path, ModelShape shape, bool isRoot)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            var propertyPath = JsonPaths.Property(path, property.Name);
            if (!seen.Add(property.Name))
            {
                report.InvalidFieldName(propertyPath, "the field is given more than once; keep one.");
                continue;
            }
            if (isRoot && property.Name == SchemaProperty)
                continue;
            if (shape.Field(property.Name) is { } field)
                Check(property.Value, propertyPath, field);
            else
                report.InvalidFieldName(propertyPath, UnknownField(property.Name, shape));
        }

        foreach (var field in shape.Fields)
        {
            if (field.Required && !seen.Contains(field.Name))
                report.InvalidField(JsonPaths.Property(path, field.Name), $"the field is required but missing; expected {field.Shape.Expected}.");
        }

        if (shape.Kind == ModelShapeKind.Span
            && Bound(value, "start") is { } start && Bound(value, "end") is { } end && start > end)
            report.InvalidField(path, $"the span starts at {start} but ends at {end}; expected the start to come first.");
    }

    private static string UnknownField(string name, ModelShape shape)
    {
        var names = shape.Fields.Select(f => f.Name).ToArray();
        if (Suggestions.Nearest(name, names) is { } nearest)
            return $"{shape.Noun} has no such field; did you mean '{nearest}'?";
        return $"{shape.Noun} has no such field; its fields are {string.Join(", ", names)}.";
    }

    private static int? Bound(JsonElement span, string name) =>
        span.TryGetProperty(name, out var bound) && bound.ValueKind == JsonValueKind.Number && bound.TryGetInt32(out var value) && value >= 0
            ? value
            : null;

    private static string Found(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => $"'{Shorten(value.GetString()!)}'",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings("⏎");
        return line.Length > MaxShown ? line[..MaxShown] + "…" : line;
    }
}
