using ClaimCheck.Model.Serialization;
using CorpusGenerator;

// Usage: CorpusGenerator OUTPUT_DIR COUNT [SEED]
// Writes COUNT wire-style articles as model JSON (with spans), plain text and Markdown.
if (args.Length < 2 || !int.TryParse(args[1], out var count) || count < 0)
{
    Console.Error.WriteLine("usage: CorpusGenerator OUTPUT_DIR COUNT [SEED]");
    return 2;
}
var output = args[0];
var seed = args.Length > 2 && int.TryParse(args[2], out var s) ? s : 1;
Directory.CreateDirectory(Path.Combine(output, "json"));
Directory.CreateDirectory(Path.Combine(output, "txt"));
Directory.CreateDirectory(Path.Combine(output, "md"));
long bytes = 0;
for (var i = 0; i < count; i++)
{
    var article = WireStory.Generate(seed * 1_000_003 + i);
    var name = $"{article.Id}";
    File.WriteAllText(Path.Combine(output, "json", name + ".json"), ArticleJson.Serialize(article));
    File.WriteAllText(Path.Combine(output, "txt", name + ".txt"), article.Text);
    File.WriteAllText(Path.Combine(output, "md", name + ".md"),
        $"---\nheadline: \"{article.Headline}\"\npublished: {article.Published:yyyy-MM-dd}\nlanguage: en\n---\n\n{article.Text}");
    bytes += article.Text.Length;
}
Console.WriteLine($"{count} articles, {bytes / 1024.0 / 1024.0:F1} MB of text, in {output}");
return 0;
