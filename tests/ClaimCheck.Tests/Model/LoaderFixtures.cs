using ClaimCheck.Model.Loading;

namespace ClaimCheck.Tests.Model;

/// <summary>A small model in JSON and YAML for loader tests.</summary>
internal static class LoaderFixtures
{
    /// <summary>
    /// One statement with a quote and a claim. The text has a typographic apostrophe and
    /// quotation marks (three UTF-8 bytes each) before most fields, so columns are checked in characters.
    /// </summary>
    public const string SmallJson = """
        {
          "id": "a1",
          "text": "The ministry’s spokesperson said “yes”.",
          "entities": [
            {
              "id": "e-ministry",
              "name": "The ministry",
              "kind": "organization",
              "mentions": [{ "span": { "start": 0, "end": 12 }, "text": "The ministry" }]
            },
            {
              "id": "e-spokesperson",
              "name": "Spokesperson",
              "kind": "person",
              "organization": "e-ministry"
            }
          ],
          "statements": [
            {
              "id": "s1",
              "span": { "start": 0, "end": 38 },
              "source": { "text": "The ministry’s spokesperson", "entity": "e-spokesperson", "span": { "start": 0, "end": 27 } },
              "cue": { "text": "said", "span": { "start": 28, "end": 32 } },
              "form": "direct",
              "quotes": [{ "text": "yes", "span": { "start": 34, "end": 37 } }],
              "channel": { "kind": "remarks" }
            }
          ],
          "claims": [
            { "id": "c1", "text": "yes", "span": { "start": 34, "end": 37 }, "attributed": true, "statement": "s1" }
          ]
        }
        """;

    /// <summary>The same article as <see cref="SmallJson"/>, in YAML's own idioms.</summary>
    public const string SmallYaml = """
        # The small model, in YAML.
        id: a1
        text: "The ministry’s spokesperson said “yes”."
        entities:
          - id: e-ministry
            name: The ministry
            kind: organization
            mentions:
              - span: {start: 0, end: 12}
                text: The ministry
          - id: e-spokesperson
            name: Spokesperson
            kind: person
            organization: e-ministry
        statements:
          - id: s1
            span: {start: 0, end: 38}
            source:
              text: The ministry’s spokesperson
              entity: e-spokesperson
              span: {start: 0, end: 27}
            cue: {text: said, span: {start: 28, end: 32}}
            form: direct
            quotes:
              - text: 'yes'
                span: {start: 34, end: 37}
            channel: {kind: remarks}
        claims:
          - id: c1
            text: 'yes'
            span: {start: 34, end: 37}
            attributed: true
            statement: s1
        """;

    public static ArticleLoadResult ParseJson(string json, string path = "models/small.json") =>
        ArticleLoader.Parse(json, path, ModelFormat.Json);

    public static ArticleLoadResult ParseYaml(string yaml, string path = "models/small.yaml") =>
        ArticleLoader.Parse(yaml, path, ModelFormat.Yaml);

    /// <summary><paramref name="text"/> with <paramref name="find"/> (which must occur exactly once) replaced.</summary>
    public static string With(this string text, string find, string replacement)
    {
        var first = text.IndexOf(find, StringComparison.Ordinal);
        Assert.That(first >= 0 && text.IndexOf(find, first + 1, StringComparison.Ordinal) < 0, Is.True, $"'{find}' must occur once in the model.");
        return text[..first] + replacement + text[(first + find.Length)..];
    }
}
