using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimCheck.Text;

namespace ClaimCheck.Model.Serialization;

/// <summary>Spans are written as <c>{"start": 12, "end": 30}</c>: end-exclusive character offsets into the text.</summary>
internal sealed class TextSpanJsonConverter : JsonConverter<TextSpan>
{
    public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("A span must be an object with 'start' and 'end'.");
        int? start = null, end = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
                throw new JsonException("A span must be an object with 'start' and 'end'.");
            var name = reader.GetString();
            reader.Read();
            if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value))
                throw new JsonException($"The span's '{name}' must be a whole number.");
            switch (name)
            {
                case "start" when start is null: start = value; break;
                case "end" when end is null: end = value; break;
                case "start" or "end": throw new JsonException($"The span's '{name}' is given more than once.");
                default: throw new JsonException($"A span has only 'start' and 'end', not '{name}'.");
            }
        }
        if (start is null || end is null)
            throw new JsonException("A span needs both 'start' and 'end'.");
        if (start < 0 || end < start)
            throw new JsonException($"The span {start}..{end} is not a valid range (0 <= start <= end).");
        return TextSpan.FromBounds(start.Value, end.Value);
    }

    public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", value.Start);
        writer.WriteNumber("end", value.End);
        writer.WriteEndObject();
    }
}
