using ClaimCheck.Testing;
using System.Text.Json;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Reporting;

/// <summary>Every report format for the seed article, kept as verified snapshots (text is in Cli/CheckCommandTests).</summary>
public class SeedReportSnapshotTests
{
    private static string Check(string format)
    {
        var result = CliRunner.RunInRepo("check", "examples/damascus.json", "--format", format);
        Assert.That(result.Error, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(0));
        return result.Output;
    }

    [Test]
    public void Seed_Json()
    {
        var output = Check("json");
        Assert.That(JsonDocument.Parse(output).RootElement.GetProperty("version").GetString(), Is.EqualTo("1"));
        Snapshot.Verify(output, "json");
    }

    [Test]
    public void Seed_Sarif()
    {
        var output = Check("sarif");
        SarifSchema.AssertValid(output);
        Snapshot.Verify(output, "sarif");
    }

    [Test]
    public void Seed_JUnit()
    {
        var output = Check("junit");
        Assert.That(System.Xml.Linq.XDocument.Parse(output).Root!.Name.LocalName, Is.EqualTo("testsuites"));
        Snapshot.Verify(output, "xml");
    }

    [Test]
    public void Seed_Markdown() => Snapshot.Verify(Check("markdown"), "md");

    [Test]
    public void Seed_Jsonl() => Snapshot.Verify(Check("jsonl"), "jsonl");

    [Test]
    public void Seed_SameInput_SameBytesInEveryFormat()
    {
        foreach (var format in new[] { "text", "json", "sarif", "junit", "markdown", "jsonl" })
            Assert.That(Check(format), Is.EqualTo(Check(format)), format);
    }
}
