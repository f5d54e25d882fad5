using System.Text.Json;
using ClaimCheck.Checking;

namespace ClaimCheck.Reporting;

/// <summary>
/// JSON Lines for pipelines over large corpora: one compact line per article, the JSON report's
/// <c>article</c> object (<c>schemas/report-line.schema.json</c>). There is no summary line, so
/// every line stands alone and the output of several runs can be concatenated or split.
/// </summary>
public sealed class JsonLinesReportWriter : IReportWriter
{
    public void Write(ComplianceReport report, TextWriter output)
    {
        foreach (var article in report.Articles)
            WriteArticle(article, output);
    }

    /// <summary>Writes one article's line; the CLI calls this as each article is checked, then flushes.</summary>
    public void WriteArticle(ArticleResult article, TextWriter output) =>
        JsonText.Write(output, indented: false, json => ArticleJsonWriter.WriteArticle(article, json));
}
