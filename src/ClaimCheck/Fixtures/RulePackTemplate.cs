using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClaimCheck.Fixtures;

/// <summary>
/// The files <c>claimcheck init</c> lays out: a sample rule, and a fixture (source text with
/// expectation comments, and the model made from it) on which that rule fires once and holds once.
/// The model's offsets are computed here from the text, so they cannot drift from it.
/// </summary>
public static class RulePackTemplate
{
    public const string ConfigFile = "claimcheck.yaml";
    public const string RulesFile = "rules/sample.rules";

    /// <summary>A commented starter configuration: 'claimcheck check' finds it by walking up from each article.</summary>
    public const string Config = """
        # ClaimCheck configuration, found by walking up from each article that is checked.
        # Rule files or folders, relative to this file. Add "bundled:" to keep the bundled packs too.
        rules:
          - rules/
        # Severity per rule ID or prefix glob: error, warning, info, or off (the rule is not run).
        # severity:
        #   SAMPLE*: warning
        # Registry files for the REG rules (see docs/registry.md).
        # registry: reference/registry.yaml
        # The level at which findings fail a run (exit code 1): error, warning, info or none.
        fail-on: error
        # Globs for the article files found when walking folders; files named outright are always checked.
        # exclude: ["drafts/**"]

        """;
    public const string SourceFile = "fixtures/ferry-fares.txt";
    public const string ModelFile = "fixtures/ferry-fares.json";

    public const string Rules = """
        # A sample rule pack. Edit this rule or add your own beside it, then run
        #   claimcheck test fixtures --rules rules
        ruleset "Sample"

        rule SAMPLE001 "Figures carry a source"
          severity warning
          for each claim c where c.values.count > 0
          require c.attributed
          message "The figure in “{c.text}” does not say who says so."
          help "Attribute figures (“the company said”) unless they are the reporter's own observation."

        """;

    private const string Headline = "Ferry Fares Rise on the Northern Route";
    private const string Attributed = "The Northern Ferry Company said 12 sailings a day would continue through the winter.";
    private const string Unattributed = "Fares on the route have risen by 8 percent since March.";

    /// <summary>Relative path and content of each file, in the order they are written.</summary>
    public static IReadOnlyList<(string Path, string Content)> Files()
    {
        // Source pieces; the comments are in the file but not in the model's text, so the map skips them.
        string[] pieces =
        [
            Headline + "\n\n",
            "<!-- ok: SAMPLE001 -->\n",
            Attributed + "\n\n",
            "<!-- expect: SAMPLE001 -->\n",
            Unattributed + "\n",
        ];
        var source = string.Concat(pieces);
        var text = new StringBuilder();
        var map = new List<(int Start, int Length, int SourceStart)>();
        var at = 0;
        foreach (var piece in pieces)
        {
            if (!piece.StartsWith("<!--", StringComparison.Ordinal))
            {
                map.Add((text.Length, piece.Length, at));
                text.Append(piece);
            }
            at += piece.Length;
        }
        return [(ConfigFile, Config.Replace("\r\n", "\n")), (RulesFile, Rules.Replace("\r\n", "\n")), (SourceFile, source), (ModelFile, Model(text.ToString(), map))];
    }

    private static string Model(string text, List<(int Start, int Length, int SourceStart)> map)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("id", "ferry-fares");
            json.WriteString("headline", Headline);
            json.WriteString("language", "en");
            json.WriteStartObject("source");
            json.WriteString("path", Path.GetFileName(SourceFile));
            json.WriteStartArray("map");
            foreach (var (start, length, sourceStart) in map)
            {
                json.WriteStartObject();
                json.WriteNumber("start", start);
                json.WriteNumber("length", length);
                json.WriteNumber("sourceStart", sourceStart);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteString("text", text);

            string[] paragraphs = [Headline, Attributed, Unattributed];
            json.WriteStartArray("paragraphs");
            for (var i = 0; i < paragraphs.Length; i++)
            {
                json.WriteStartObject();
                json.WriteNumber("index", i);
                Span(json, text, paragraphs[i]);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("sentences");
            for (var i = 0; i < paragraphs.Length; i++)
            {
                json.WriteStartObject();
                json.WriteNumber("index", i);
                json.WriteNumber("paragraph", i);
                Span(json, text, paragraphs[i]);
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("statements");
            json.WriteStartObject();
            json.WriteString("id", "s1");
            Span(json, text, Attributed.TrimEnd('.'));
            json.WriteStartObject("source");
            Located(json, text, "The Northern Ferry Company");
            json.WriteBoolean("anonymous", false);
            json.WriteEndObject();
            json.WriteStartObject("cue");
            Located(json, text, "said");
            json.WriteEndObject();
            json.WriteStartObject("content");
            Located(json, text, "12 sailings a day would continue through the winter");
            json.WriteEndObject();
            json.WriteString("form", "indirect");
            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteStartArray("claims");
            Claim(json, text, "c1", "12 sailings a day would continue through the winter", ("number", "12", "12"), attributedTo: "s1");
            Claim(json, text, "c2", "Fares on the route have risen by 8 percent since March", ("percent", "8 percent", "8"), attributedTo: null);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void Claim(Utf8JsonWriter json, string text, string id, string claim, (string Kind, string Text, string Value) value, string? attributedTo)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        Located(json, text, claim);
        json.WriteStartArray("values");
        json.WriteStartObject();
        json.WriteString("kind", value.Kind);
        var start = text.IndexOf(claim, StringComparison.Ordinal);
        var offset = start + claim.IndexOf(value.Text, StringComparison.Ordinal);
        json.WriteString("text", value.Text);
        WriteSpan(json, offset, offset + value.Text.Length);
        json.WriteString("value", value.Value);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteBoolean("attributed", attributedTo is not null);
        if (attributedTo is not null)
            json.WriteString("statement", attributedTo);
        json.WriteEndObject();
    }

    private static void Located(Utf8JsonWriter json, string text, string part)
    {
        json.WriteString("text", part);
        Span(json, text, part);
    }

    private static void Span(Utf8JsonWriter json, string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        WriteSpan(json, start, start + part.Length);
    }

    private static void WriteSpan(Utf8JsonWriter json, int start, int end)
    {
        json.WritePropertyName("span");
        json.WriteStartObject();
        json.WriteNumber("start", start);
        json.WriteNumber("end", end);
        json.WriteEndObject();
    }
}
