using System.Text.Json;
using ClaimCheck.Model.Loading;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Loading;

/// <summary>
/// A folder may hold an article and the model made of it (examples/damascus.txt and
/// damascus.json). When a walk or glob finds both, the article file that a model's
/// <c>source.path</c> names is left out, so the article is checked once, from its model.
/// Files named one by one on the command line are always kept.
/// </summary>
internal static class ModelSources
{
    public static List<string> WithoutModelledSources(List<string> files)
    {
        // Reading a model to learn its source costs a parse; only models beside an article file
        // can name one, so a corpus of models alone is not read twice (once here, once to check).
        var articleFolders = files
            .Where(f => ArticleLoader.FormatOf(f) is null)
            .Select(f => Path.GetDirectoryName(Path.GetFullPath(f)) ?? "")
            .ToHashSet(StringComparer.Ordinal);
        if (articleFolders.Count == 0)
            return files;
        var modelled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => ArticleLoader.FormatOf(f) is not null && articleFolders.Contains(Path.GetDirectoryName(Path.GetFullPath(f)) ?? "")))
        {
            if (SourcePath(file) is not { Length: > 0 } source)
                continue;
            var directory = Path.GetDirectoryName(Path.GetFullPath(file)) ?? "";
            modelled.Add(Path.GetFullPath(Path.Combine(directory, source)));
        }
        return modelled.Count == 0 ? files : files.Where(f => !modelled.Contains(Path.GetFullPath(f)) || ArticleLoader.FormatOf(f) is not null).ToList();
    }

    /// <summary>The model's <c>source.path</c>, or null when the file is not a readable model (its problems are reported when it is loaded).</summary>
    private static string? SourcePath(string file)
    {
        try
        {
            var text = File.ReadAllText(file);
            if (ArticleLoader.FormatOf(file) == ModelFormat.Json)
            {
                using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
                return document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.Object
                    && source.TryGetProperty("path", out var path) && path.ValueKind == JsonValueKind.String
                    ? path.GetString()
                    : null;
            }
            var yaml = new YamlStream();
            yaml.Load(new StringReader(text));
            return yaml.Documents.Count > 0 && yaml.Documents[0].RootNode is YamlMappingNode root
                && root.Children.TryGetValue(new YamlScalarNode("source"), out var node) && node is YamlMappingNode sourceNode
                && sourceNode.Children.TryGetValue(new YamlScalarNode("path"), out var pathNode) && pathNode is YamlScalarNode scalar
                ? scalar.Value
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or YamlDotNet.Core.YamlException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }
}
