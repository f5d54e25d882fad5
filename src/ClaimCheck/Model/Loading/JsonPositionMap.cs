using System.Text.Json;
using ClaimCheck.Text;

namespace ClaimCheck.Model.Loading;

/// <summary>
/// The position of every property name, property value and array element of a JSON model
/// file, by JSON path, in characters (the reader works in UTF-8 bytes; the seed's curly quotes
/// take three bytes each, so byte offsets would drift).
/// </summary>
internal sealed class JsonPositionMap : IModelPositions
{
    /// <summary>The same reading rules as <see cref="Serialization.ArticleJson.Options"/>.</summary>
    public static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
    };

    private readonly Dictionary<string, TextSpan> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TextSpan> _names = new(StringComparer.Ordinal);

    private JsonPositionMap(SourceText text) => Text = text;

    public SourceText Text { get; }

    public TextSpan? FindValue(string path) => _values.TryGetValue(path, out var span) ? span : null;

    public TextSpan? FindName(string path) => _names.TryGetValue(path, out var span) ? span : null;

    /// <summary>Reads the whole file once. Throws <see cref="JsonException"/> when the file is not well-formed JSON.</summary>
    public static JsonPositionMap Build(SourceText text, byte[] utf8)
    {
        var map = new JsonPositionMap(text);
        var offsets = new CharOffsets(text.Text);
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        // One frame per open object or array: its path, and for arrays the next element index.
        var frames = new Stack<(string Path, bool IsArray, int Next)>();
        string? pendingProperty = null;

        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingProperty = JsonPaths.Property(frames.Peek().Path, reader.GetString()!);
                    map._names[pendingProperty] = TokenSpan(ref reader, offsets);
                    continue;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    frames.Pop();
                    continue;
            }

            string path;
            if (frames.Count == 0)
            {
                path = JsonPaths.Root;
            }
            else if (frames.Peek().IsArray)
            {
                var frame = frames.Pop();
                path = JsonPaths.Element(frame.Path, frame.Next);
                frames.Push(frame with { Next = frame.Next + 1 });
            }
            else
            {
                path = pendingProperty!;
            }
            // Duplicate names keep their first position; the shape check reports the second one itself.
            map._values.TryAdd(path, TokenSpan(ref reader, offsets));
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                frames.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
        }
        return map;
    }

    /// <summary>Strings include their quotes; objects and arrays are just their opening bracket.</summary>
    private static TextSpan TokenSpan(ref Utf8JsonReader reader, CharOffsets offsets)
    {
        var start = reader.TokenStartIndex;
        var length = reader.TokenType switch
        {
            JsonTokenType.String or JsonTokenType.PropertyName => reader.ValueSpan.Length + 2,
            JsonTokenType.StartObject or JsonTokenType.StartArray => 1,
            _ => reader.ValueSpan.Length,
        };
        var charStart = offsets.ToChar(start);
        return TextSpan.FromBounds(charStart, offsets.ToChar(start + length));
    }

    /// <summary>The character column of a byte position in one line (reader errors give bytes).</summary>
    public static int CharColumn(string lineText, long bytePosition) => new CharOffsets(lineText).ToChar(bytePosition);

    /// <summary>Converts increasing UTF-8 byte offsets into character offsets in one pass.</summary>
    private sealed class CharOffsets(string text)
    {
        private long _byte;
        private int _char;

        public int ToChar(long byteOffset)
        {
            if (byteOffset < _byte)
                (_byte, _char) = (0, 0);
            while (_byte < byteOffset && _char < text.Length)
            {
                var c = text[_char];
                if (char.IsHighSurrogate(c) && _char + 1 < text.Length && char.IsLowSurrogate(text[_char + 1]))
                {
                    _byte += 4;
                    _char += 2;
                }
                else
                {
                    // A lone surrogate is written as U+FFFD, three bytes, like any other BMP character above U+07FF.
                    _byte += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                    _char++;
                }
            }
            return _char;
        }
    }
}
