using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ClaimCheck.Model.Serialization;

/// <summary>The one set of JSON options for the article model, shared by the loader and <c>claimcheck extract</c>.</summary>
public static class ArticleJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(Article article) => JsonSerializer.Serialize(article, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Skip,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyNotes } },
        };
        options.Converters.Add(new TextSpanJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Notes are what an extractor could not settle; a model without any (every hand-made one) does not list them.</summary>
    private static void OmitEmptyNotes(JsonTypeInfo info)
    {
        if (info.Type != typeof(Article))
            return;
        foreach (var property in info.Properties.Where(p => p.Name == "notes"))
            property.ShouldSerialize = (_, value) => value is IReadOnlyList<Note> { Count: > 0 };
    }
}
