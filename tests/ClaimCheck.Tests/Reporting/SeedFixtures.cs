using System.Text.Json.Nodes;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Reporting;

/// <summary>Copies of the seed article (model and text file) in a temp folder, changed the way a test needs.</summary>
internal static class SeedFixtures
{
    public const string SuppressionReason = "The desk confirmed the channel with Novosti; see note 12.";

    public static JsonNode Model() => JsonNode.Parse(File.ReadAllText(RepoPaths.Of("examples", "damascus.json")))!;

    /// <summary>
    /// The seed without the Novosti channel, so ATTR001 (an error) fails at al-Baba's statement,
    /// and with that finding suppressed in the model's <c>suppressions</c>, with a reason.
    /// </summary>
    public static void WriteSuppressed(TempFolder folder)
    {
        var model = Model();
        model["statements"]!.AsArray().Single(s => (string?)s!["id"] == "s2")!.AsObject().Remove("channel");
        model["suppressions"] = new JsonArray(new JsonObject { ["rule"] = "ATTR001", ["reason"] = SuppressionReason });
        folder.Copy("examples/damascus.txt");
        folder.Write("damascus.json", model.ToJsonString());
    }

    /// <summary>Writes the model and its text file with <paramref name="edit"/> applied to the text, spans moved to match.</summary>
    public static void Write(TempFolder folder, JsonNode model, string name = "damascus")
    {
        model["source"]!["path"] = name + ".txt";
        folder.Write(name + ".txt", (string)model["text"]!);
        folder.Write(name + ".json", model.ToJsonString());
    }

    /// <summary>Inserts a paragraph at <paramref name="position"/>: the text grows and every span at or after it moves.</summary>
    public static JsonNode InsertParagraph(JsonNode model, int position, string paragraph)
    {
        var text = (string)model["text"]!;
        model["text"] = text.Insert(position, paragraph + "\n");
        Shift(model, position, paragraph.Length + 1);
        var paragraphs = model["paragraphs"]!.AsArray();
        var at = paragraphs.Count(p => (int)p!["span"]!["start"]! < position);
        foreach (var p in paragraphs.Skip(at))
            p!["index"] = (int)p["index"]! + 1;
        foreach (var s in model["sentences"]!.AsArray().Where(s => (int)s!["paragraph"]! >= at))
            s!["paragraph"] = (int)s["paragraph"]! + 1;
        paragraphs.Insert(at, new JsonObject
        {
            ["index"] = at,
            ["span"] = new JsonObject { ["start"] = position, ["end"] = position + paragraph.Length },
        });
        return model;
    }

    private static void Shift(JsonNode? node, int position, int by)
    {
        switch (node)
        {
            case JsonObject o when o["start"] is JsonValue start && o["end"] is JsonValue end && (int)start >= position:
                o["start"] = (int)start + by;
                o["end"] = (int)end + by;
                break;
            case JsonObject o:
                foreach (var (_, child) in o.ToList())
                    Shift(child, position, by);
                break;
            case JsonArray a:
                foreach (var child in a)
                    Shift(child, position, by);
                break;
        }
    }
}
