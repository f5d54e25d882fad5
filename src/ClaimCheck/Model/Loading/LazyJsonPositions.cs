using System.Text.Json;
using ClaimCheck.Text;

namespace ClaimCheck.Model.Loading;

/// <summary>
/// Positions are needed only to report a problem, and most models have none: the map of every
/// JSON path is built the first time a diagnostic asks for a position, not for every file.
/// </summary>
internal sealed class LazyJsonPositions(SourceText text, byte[] utf8) : IModelPositions
{
    private JsonPositionMap? _map;

    public SourceText Text { get; } = text;

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
