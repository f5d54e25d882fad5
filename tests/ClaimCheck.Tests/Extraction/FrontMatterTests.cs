using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction.Input;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Extraction;

/// <summary>The quick reader of simple front matter gives what the YAML parser gives, and leaves it everything else.</summary>
public sealed class FrontMatterTests
{
    [TestCase("headline: \"Talks on the rail strike resume in Sarn\"\npublished: 2025-04-14\nlanguage: en\n")]
    [TestCase("title: \"Port “reopens” after 3 days: officials\"\r\ndate: 2025-04-14\r\nlang: en-GB\r\n")]
    [TestCase("Headline: \"  Spaces kept  \"\n\noutlet: \"Kestrel Wire\"\nurl: \"https://example.org/port\"\n")]
    public void SimpleFrontMatter_GivesTheSameMetadataAsYaml(string yaml)
    {
        Assert.That(SimpleFrontMatter.TryRead(yaml, 0, yaml.Length), Is.Not.Null, "simple enough for the quick reader");
        // A comment line makes the quick reader give up, so the second parse goes through YamlDotNet.
        var viaYaml = "# a comment\n" + yaml;
        Assert.That(SimpleFrontMatter.TryRead(viaYaml, 0, viaYaml.Length), Is.Null);

        Assert.That(Parse(yaml), Is.EqualTo(Parse(viaYaml)));
    }

    [TestCase("headline: \"A \\\"quoted\\\" word\"\n", TestName = "Escapes")]
    [TestCase("headline: \"\"\n", TestName = "EmptyValue")]
    [TestCase("headline: \"One\"\nheadline: \"Two\"\n", TestName = "RepeatedKey")]
    [TestCase("headline: Port Reopens\n", TestName = "PlainTextWithSpaces")]
    [TestCase("headline: \"Port\" # comment\n", TestName = "TrailingComment")]
    [TestCase("  headline: \"Port\"\n", TestName = "Indented")]
    [TestCase("tags:\n  - port\n", TestName = "List")]
    [TestCase("draft: yes\n", TestName = "YamlKeywordValue")]
    [TestCase("headline: \"Line\u2028break\"\n", TestName = "LineSeparatorInQuotes")]
    public void SimpleFrontMatter_LeavesAnythingElseToYaml(string yaml)
    {
        Assert.That(SimpleFrontMatter.TryRead(yaml, 0, yaml.Length), Is.Null);
    }

    private static FrontMatter Parse(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var frontMatter = FrontMatter.Parse(SourceText.From(yaml, "story.md"), 0, yaml.Length, diagnostics);
        Assert.That(diagnostics.Items, Is.Empty);
        return frontMatter;
    }
}
