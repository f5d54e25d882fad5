using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimCheck.Model.Loading;

/// <summary>
/// Reads enum values by their exact kebab-case names ("press-conference"), as the shape check
/// does; the framework's converter would also take "Press-Conference" or "PRESS-CONFERENCE".
/// Used only for reading models.
/// </summary>
internal sealed class ExactEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(ExactEnumConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class ExactEnumConverter<T> : JsonConverter<T> where T : struct, Enum
    {
        private static readonly FrozenDictionary<string, T> Values = Enum.GetValues<T>()
            .ToFrozenDictionary(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()), StringComparer.Ordinal);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String && Values.TryGetValue(reader.GetString()!, out var value))
                return value;
            throw new JsonException($"Not one of the names of {typeof(T).Name}.");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            throw new NotSupportedException("Models are written with ArticleJson's options, not the strict reader's.");
    }
}
