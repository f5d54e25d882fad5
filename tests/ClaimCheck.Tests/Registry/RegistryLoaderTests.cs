using System.Text.Json;
using ClaimCheck.Diagnostics;
using ClaimCheck.Registry;
using ClaimCheck.Tests.Support;
using Json.Schema;
using YamlDotNet.Serialization;

namespace ClaimCheck.Tests.Registry;

public class RegistryLoaderTests
{
    private static string Located(Diagnostic d) =>
        $"{d.Id}@{d.Location!.Start.Line + 1},{d.Location.Start.Character + 1}";

    [Test]
    public void Load_Example_HasNoDiagnosticsAndEveryEntryHasASource()
    {
        var result = RegistryLoader.Load([RepoPaths.Of("examples", "registry.yaml")]);

        Assert.That(result.Diagnostics.Select(DiagnosticFormatter.FormatLine), Is.Empty);
        Assert.That(result.Registry.Entries.Select(e => e.Id), Does.Contain("ahmed-al-sharaa").And.Contain("ria-novosti"));
        Assert.That(result.Registry.Entries.Where(e => string.IsNullOrWhiteSpace(e.Source)).Select(e => e.Id), Is.Empty);
    }

    [Test]
    public void Load_Example_ValidatesAgainstTheSchema()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(RepoPaths.Of("schemas", "registry.schema.json")));
        var yaml = new DeserializerBuilder().Build().Deserialize<object>(File.ReadAllText(RepoPaths.Of("examples", "registry.yaml")));
        var json = JsonDocument.Parse(JsonSerializer.Serialize(yaml)).RootElement;

        var evaluation = schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.That(evaluation.IsValid, Is.True);
    }

    [Test]
    public void Load_MalformedDateAndDuplicateAlias_GivesTwoLocatedDiagnostics()
    {
        var result = RegistryLoader.FromText("""
            people:
              - id: a
                name: Anna Petrova
                aliases: [A. Petrova]
                offices:
                  - title: Minister
                    from: 2025-13-01
              - id: b
                name: Boris Petrov
                aliases: [A. Petrova]
            """);

        Assert.That(result.Diagnostics.Select(Located), Is.EqualTo(new[] { "CC5005@7,15", "CC5008@10,15" }));
        Assert.That(result.Diagnostics[0].Message, Is.EqualTo("'2025-13-01' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY."));
        Assert.That(result.Diagnostics[1].Message, Does.Contain("'A. Petrova' is already a name of 'a' at registry.yaml(4,15)"));
    }

    [TestCase("people:\n  - id: a\n    name: A\n    nationalty: Syria\n", "CC5003@4,5", "did you mean 'nationality'?")]
    [TestCase("people:\n  - id: a\n    aliases: [x]\n", "CC5004@2,5", "no 'name'")]
    [TestCase("people:\n  - id: a\n    name: A\n    offices:\n      - title: T\n        from: 2025-02\n        to: 2024\n", "CC5006@7,13", "ends (2024) before it begins (2025-02)")]
    [TestCase("people:\n  - id: a\n    name: A\n  - id: a\n    name: B\n", "CC5007@4,9", "'a' is already used at registry.yaml(2,9)")]
    [TestCase("people:\n  - id: a\n    name: A\n    aliases: Anna\n", "CC5009@4,14", "'aliases' must be a list of names.")]
    [TestCase("organizations:\n  - id: o\n    name: O\n    parent: goverment\n", "CC5010@2,9", "'goverment'")]
    [TestCase("outlets:\n  - id: o\n    name: O\n    kind: state\n", "CC5011@4,11", "'state' is not an outlet kind")]
    [TestCase("people:\n  - id: a\n    name: [unclosed\n", "CC5002@4,1", "does not parse")]
    public void Load_BadEntry_ReportsItWhereItIsWritten(string yaml, string expected, string message)
    {
        var result = RegistryLoader.FromText(yaml);

        Assert.That(result.Diagnostics.Select(Located), Is.EqualTo(new[] { expected }));
        Assert.That(result.Diagnostics[0].Message, Does.Contain(message));
    }

    [Test]
    public void Load_TwoFiles_AreMergedAndAnIdUsedInBothIsReportedInTheSecond()
    {
        using var folder = new TempFolder();
        var first = folder.Write("a.registry.yaml", "people:\n  - id: p\n    name: P\n");
        var second = folder.Write("b.registry.yaml", "organizations:\n  - id: o\n    name: O\n  - id: p\n    name: Q\n");

        var result = RegistryLoader.Load([first, second]);

        Assert.That(result.Registry.Entries.Select(e => e.Id), Is.EqualTo(new[] { "p", "o" }));
        Assert.That(result.Diagnostics.Single().Id, Is.EqualTo("CC5007"));
        Assert.That(result.Diagnostics.Single().DisplayPath, Is.EqualTo(second));
    }

    [Test]
    public void Load_MissingFile_ReportsCC5001()
    {
        var result = RegistryLoader.Load(["no-such-registry.yaml"]);

        Assert.That(DiagnosticFormatter.FormatLine(result.Diagnostics.Single()),
            Is.EqualTo("no-such-registry.yaml: error CC5001: The registry file cannot be read: the file does not exist."));
    }

    [TestCase("2025-01-29", "2025-01-29", "2025-01-29")]
    [TestCase("2025-02", "2025-02-01", "2025-02-28")]
    [TestCase("2024", "2024-01-01", "2024-12-31")]
    public void RegistryDate_PartialDate_CoversItsWholePeriod(string text, string earliest, string latest)
    {
        var date = RegistryDate.Parse(text)!;

        Assert.That((date.Earliest.ToString("yyyy-MM-dd"), date.Latest.ToString("yyyy-MM-dd"), date.ToString()), Is.EqualTo((earliest, latest, text)));
    }

    [TestCase("2025-02-30")]
    [TestCase("29 January 2025")]
    [TestCase("25")]
    public void RegistryDate_NotADate_IsNull(string text) => Assert.That(RegistryDate.Parse(text), Is.Null);

    [Test]
    public void Load_AliasesThatRepeatOneListEverywhere_AreCappedNotFlooded()
    {
        var names = string.Join(", ", Enumerable.Range(0, 300).Select(i => $"n{i}"));
        var entries = string.Concat(Enumerable.Range(0, 400).Select(i => $"  - {{id: p{i}, name: P{i}, aliases: *a}}\n"));

        var result = RegistryLoader.FromText($"people:\n  - {{id: first, name: First, aliases: &a [{names}]}}\n{entries}");

        Assert.That(result.Diagnostics, Has.Length.EqualTo(RegistryLoader.MaxDiagnostics + 1));
        Assert.That(result.Diagnostics[^1].Message, Is.EqualTo($"{400 * 300 - RegistryLoader.MaxDiagnostics} more diagnostics about the registry are not shown."));
    }

    [Test]
    public void Load_AliasesThatExpandBeyondTheBudget_AreRefused()
    {
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 7; i++)
            lines.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]");

        var result = RegistryLoader.FromText(string.Join("\n", lines) + "\n");

        Assert.That(result.Diagnostics.Select(d => (d.Id, d.Message)), Is.EqualTo(new[] { ("CC5002", "The YAML expands to too many values through its aliases.") }));
    }
}
