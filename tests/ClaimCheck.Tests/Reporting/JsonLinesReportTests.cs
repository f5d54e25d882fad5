using System.Text;
using System.Text.Json;
using ClaimCheck.Cli;
using ClaimCheck.Tests.Support;
using Json.Schema;

namespace ClaimCheck.Tests.Reporting;

public class JsonLinesReportTests
{
    private static readonly Lazy<JsonSchema> LineSchema = ReportSchemas.ReportLine;

    [Test]
    public void Jsonl_TwoArticles_TwoLinesEachValidAgainstTheLineSchema()
    {
        var result = CliRunner.RunInRepo("check", "examples/damascus.json", "examples/port-strike.json", "--format", "jsonl");

        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(result.Output, Does.EndWith("}\n"));
        foreach (var line in lines)
        {
            var evaluation = LineSchema.Value.Evaluate(JsonDocument.Parse(line).RootElement);
            Assert.That(evaluation.IsValid, Is.True, line[..80]);
        }
        Assert.That(lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("path").GetString()), Is.EqualTo(new[] { "examples/damascus.txt", "examples/port-strike.txt" }));
    }

    [Test]
    public void Jsonl_LineSchema_RejectsAWholeReport()
    {
        var report = CliRunner.RunInRepo("check", "examples/damascus.json", "--format", "json").Output;

        Assert.That(LineSchema.Value.Evaluate(JsonDocument.Parse(report).RootElement).IsValid, Is.False);
    }

    [Test]
    public void Jsonl_EachArticle_IsFlushedBeforeTheNextIsChecked()
    {
        var output = new FlushRecorder();
        var error = new StringWriter();

        var code = ClaimCheckCli.Run(["check", RepoPaths.Of("examples", "damascus.json"), RepoPaths.Of("examples", "port-strike.json"), "--format", "jsonl"], output, error);

        Assert.That(code, Is.Not.EqualTo(2), error.ToString());
        Assert.That(output.Flushes.Select(f => f.Count(c => c == '\n')).Where(n => n > 0).Take(2), Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public void Jsonl_WithOutput_StreamsIntoTheFileAndPrintsNothing()
    {
        using var folder = new TempFolder();
        folder.Copy("examples/damascus.json");
        folder.Copy("examples/damascus.txt");

        var result = CliRunner.Run(folder.Path, "check", "damascus.json", "--format", "jsonl", "--output", "report.jsonl");

        Assert.That((result.ExitCode, result.Output), Is.EqualTo((0, "")));
        var lines = File.ReadAllLines(Path.Combine(folder.Path, "report.jsonl"));
        Assert.That(lines, Has.Length.EqualTo(1));
        Assert.That(JsonDocument.Parse(lines[0]).RootElement.GetProperty("id").GetString(), Is.EqualTo("damascus-police-cooperation"));
        Assert.That(Directory.GetFiles(folder.Path, "*.tmp"), Is.Empty);
    }

    /// <summary>Remembers what had been written at each flush.</summary>
    private sealed class FlushRecorder : StringWriter
    {
        public List<string> Flushes { get; } = [];

        public override Encoding Encoding => Encoding.UTF8;

        public override void Flush()
        {
            Flushes.Add(ToString());
            base.Flush();
        }
    }
}
