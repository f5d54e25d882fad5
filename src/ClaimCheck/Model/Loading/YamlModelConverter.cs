using System.Text.Json;
using ClaimCheck.Diagnostics;
using ClaimCheck.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Model.Loading;

/// <summary>
/// Turns a YAML model file into the equivalent JSON document, recording where each JSON path
/// came from, so the JSON pipeline (shape check, deserializer, validation) serves YAML too.
/// </summary>
internal sealed class YamlModelConverter
{
    private const int MaxDepth = 64;

    // Without aliases a file has fewer values than characters; aliases can repeat a node
    // exponentially often ("billion laughs"), so expansion is capped well above honest use.
    private const int MinNodeBudget = 100_000;

    private readonly YamlPositionMap _map;
    private readonly DiagnosticBag _diagnostics;
    private readonly Utf8JsonWriter _writer;
    private readonly int _maxNodes;
    private int _nodes;
    private bool _failed;

    private YamlModelConverter(YamlPositionMap map, DiagnosticBag diagnostics, Utf8JsonWriter writer)
    {
        _map = map;
        _diagnostics = diagnostics;
        _writer = writer;
        _maxNodes = MinNodeBudget + 4 * map.Text.Length;
    }

    /// <summary>
    /// The JSON form of the file's one document, or null after reporting why there is none.
    /// Throws <see cref="YamlException"/> when the file is not well-formed YAML.
    /// </summary>
    public static byte[]? Convert(YamlPositionMap map, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(map.Text.Text));
        if (stream.Documents.Count == 0)
        {
            diagnostics.Report(DiagnosticDescriptors.ModelSyntax, new TextLocation(map.Text, new TextSpan(0, 0)), "The file holds no YAML document; expected an article.");
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode;
            diagnostics.Report(DiagnosticDescriptors.ModelSyntax, new TextLocation(map.Text, map.SpanOf(second.Start, second.End, isContainer: true)), "The file holds more than one YAML document; put each article in a file of its own.");
            return null;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            var converter = new YamlModelConverter(map, diagnostics, writer);
            converter.Write(stream.Documents[0].RootNode, JsonPaths.Root, ModelShape.Article, depth: 0);
            if (converter._failed)
                return null;
        }
        return buffer.ToArray();
    }

    private void Write(YamlNode node, string path, ModelShape? shape, int depth)
    {
        if (++_nodes > _maxNodes || depth > MaxDepth)
        {
            Fail(node, _nodes > _maxNodes
                ? "The YAML expands to too many values through its aliases."
                : $"The YAML is nested more than {MaxDepth} levels deep.");
            return;
        }
        _map.AddValue(path, node.Start, node.End, isContainer: node is not YamlScalarNode);
        switch (node)
        {
            case YamlScalarNode scalar:
                YamlScalars.Write(_writer, scalar, shape?.Kind);
                break;
            case YamlSequenceNode sequence:
                _writer.WriteStartArray();
                var index = 0;
                foreach (var item in sequence.Children)
                {
                    if (_failed)
                        return;
                    Write(item, JsonPaths.Element(path, index++), shape?.Element, depth + 1);
                }
                _writer.WriteEndArray();
                break;
            case YamlMappingNode mapping:
                WriteMapping(mapping, path, shape, depth);
                break;
            default:
                Fail(node, "The YAML uses a kind of node the article model has no place for.");
                break;
        }
    }

    private void WriteMapping(YamlMappingNode mapping, string path, ModelShape? shape, int depth)
    {
        _writer.WriteStartObject();
        foreach (var (key, value) in mapping.Children)
        {
            if (_failed)
                return;
            if (key is not YamlScalarNode { Value: { } name })
            {
                Fail(key, "A key must be a plain name, not a list or mapping.");
                return;
            }
            var propertyPath = JsonPaths.Property(path, name);
            _map.AddName(propertyPath, key.Start, key.End);
            _writer.WritePropertyName(name);
            Write(value, propertyPath, shape?.Field(name)?.Shape, depth + 1);
        }
        _writer.WriteEndObject();
    }

    private void Fail(YamlNode node, string message)
    {
        if (_failed)
            return;
        _failed = true;
        _diagnostics.Report(DiagnosticDescriptors.ModelSyntax, new TextLocation(_map.Text, _map.SpanOf(node.Start, node.End, isContainer: true)), message);
    }
}
