using System.Text.Json.Nodes;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Extraction;

/// <summary>Suppression comments in Markdown and HTML articles reach every finding they cover, with their reason.</summary>
public class SuppressionCommentTests
{
    private const string Markdown = """
        ---
        headline: Port figures
        published: 2025-03-02
        ---

        Exports through the port fell 12% in 2024.

        <!-- claimcheck-disable-next-paragraph CLAIM001 -- figures from the port's own annual report -->

        Imports through the port rose 8% in 2024.

        <!-- claimcheck-disable CLAIM* -->

        Traffic on the river fell 5% in 2023.

        <!-- claimcheck-enable CLAIM* -->

        Passenger numbers rose 3% in 2022.

        """;

    [Test]
    public void MarkdownComments_SuppressTheirParagraphOrRegion_WithTheirReason()
    {
        using var folder = new TempFolder();
        folder.Write("story.md", Markdown);

        var result = CliRunner.Run(folder.Path, "check", "story.md", "--format", "json", "--rules", "bundled:claims.rules");

        var findings = JsonNode.Parse(result.Output)!["articles"]![0]!["findings"]!.AsArray()
            .Where(f => (string?)f!["rule"] == "CLAIM001")
            .Select(f => ((int)f!["location"]!["startLine"]!, (bool)f["suppressed"]!, (string?)f["suppressionReason"]))
            .ToList();
        Assert.That(findings, Is.EqualTo(new[]
        {
            (6, false, (string?)null),
            (10, true, "figures from the port's own annual report"),
            (14, true, null),
            (18, false, null),
        }));
    }

    [Test]
    public void MarkdownComment_WithoutAReason_IsReportedAsCC6010()
    {
        using var folder = new TempFolder();
        folder.Write("story.md", Markdown);

        var result = CliRunner.Run(folder.Path, "check", "story.md", "--rules", "bundled:claims.rules");

        Assert.That(result.Output, Does.Contain("story.md(14,1): warning CC6010: The suppression of 'CLAIM*' gives no reason; say why the finding is accepted."));
    }

    [Test]
    public void HtmlComment_SuppressesTheNextParagraph_InSarifToo()
    {
        using var folder = new TempFolder();
        folder.Write("story.html", """
            <html><head><title>Port figures</title></head><body><article>
            <p>Exports through the port fell 12% in 2024.</p>
            <!-- claimcheck-disable-next-paragraph CLAIM001 -- from the port's annual report -->
            <p>Imports through the port rose 8% in 2024.</p>
            </article></body></html>
            """);

        var result = CliRunner.Run(folder.Path, "check", "story.html", "--format", "sarif", "--rules", "bundled:claims.rules");

        var results = JsonNode.Parse(result.Output)!["runs"]![0]!["results"]!.AsArray().Where(r => (string?)r!["ruleId"] == "CLAIM001").ToList();
        Assert.That(results.Select(r => (string?)r!["suppressions"]?[0]?["justification"]), Is.EqualTo(new[] { null, "from the port's annual report" }));
    }
}
