using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Model.Serialization;

/// <summary>Writes the model as YAML by converting its JSON form, so both formats carry exactly the same fields.</summary>
public static class ArticleYaml
{
    public static string FromJson(string json)
    {
        var document = new YamlDocument(Convert(JsonNode.Parse(json)));
        var stream = new YamlStream(document);
        using var writer = new StringWriter { NewLine = "\n" };
        stream.Save(writer, assignAnchors: false);
        return writer.ToString().Replace("\r\n", "\n").TrimEnd('.', '\n') + "\n";
    }

    private static YamlNode Convert(JsonNode? node) => node switch
    {
        JsonObject obj => new YamlMappingNode(obj.Select(p => new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode(p.Key), Convert(p.Value)))),
        JsonArray array => new YamlSequenceNode(array.Select(Convert)),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String =>
            new YamlScalarNode(value.GetValue<string>()) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted },
        JsonValue value => new YamlScalarNode(value.ToJsonString()),
        _ => new YamlScalarNode("null"),
    };
}
