using ClaimCheck.Text;
using YamlDotNet.Core;

namespace ClaimCheck.Model.Loading;

/// <summary>
/// The position in a YAML model file of every value written to the equivalent JSON document,
/// by that document's JSON path; filled in by <see cref="YamlModelConverter"/> as it converts.
/// </summary>
internal sealed class YamlPositionMap(SourceText text) : IModelPositions
{
    private readonly Dictionary<string, TextSpan> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TextSpan> _names = new(StringComparer.Ordinal);

    public SourceText Text { get; } = text;

    public TextSpan? FindValue(string path) => _values.TryGetValue(path, out var span) ? span : null;

    public TextSpan? FindName(string path) => _names.TryGetValue(path, out var span) ? span : null;

    public void AddValue(string path, Mark start, Mark end, bool isContainer) =>
        _values.TryAdd(path, SpanOf(start, end, isContainer));

    public void AddName(string path, Mark start, Mark end) => _names.TryAdd(path, SpanOf(start, end, isContainer: false));

    /// <summary>
    /// Marks count characters, as <see cref="SourceText"/> does. A mapping or list is shown by
    /// its first character only, so the underline stays on one line.
    /// </summary>
    public TextSpan SpanOf(Mark start, Mark end, bool isContainer)
    {
        var from = (int)Math.Clamp(start.Index, 0, Text.Length);
        var to = isContainer ? Math.Min(from + 1, Text.Length) : (int)Math.Clamp(end.Index, from, Text.Length);
        return TextSpan.FromBounds(from, to);
    }
}
