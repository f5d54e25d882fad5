using System.Text.Json;
using ClaimCheck.Text;

namespace ClaimCheck.Model.Loading;

/// <summary>
/// Positions are needed only to report a problem, and most models have none: the map of every
/// JSON path is built the first time a diagnostic asks for a position, not for every file.
/// </summary>
internal sealed class LazyJsonPositions(Lazy<SourceText> text, byte[] utf8) : IModelPositions
{
    private JsonPositionMap? _map;

    public LazyJsonPositions(SourceText text, byte[] utf8) : this(new Lazy<SourceText>(text), utf8)
    {
    }

    /// <summary>
    /// A model read straight from its bytes has its text decoded, like its positions, only when
    /// a problem is to be shown.
    /// </summary>
    public static LazyJsonPositions FromBytes(byte[] utf8, string path) =>
        new(new Lazy<SourceText>(() => SourceText.From(System.Text.Encoding.UTF8.GetString(utf8), path.Replace('\\', '/'))), utf8);

    public SourceText Text => text.Value;

    public TextSpan? FindValue(string path) => Map.FindValue(path);

    public TextSpan? FindName(string path) => Map.FindName(path);

    private JsonPositionMap Map => _map ??= JsonPositionMap.Build(Text, utf8);

    /// <summary>Reads every token once, with the map's reading rules; throws <see cref="JsonException"/> where the file is not well-formed.</summary>
    public static void CheckSyntax(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8, JsonPositionMap.ReaderOptions);
        while (reader.Read())
        {
        }
    }
}
