using System.Globalization;
using System.Xml;
using ClaimCheck.Checking;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Reporting;

/// <summary>
/// JUnit XML for CI dashboards: a test suite per article, a test case per rule. A failed rule is a
/// <c>failure</c> listing its findings, a rule that could not be evaluated an <c>error</c>, a rule
/// that applied to nothing is <c>skipped</c>, and a rule whose findings are all suppressed passes
/// (its suppressed findings are listed in <c>system-out</c>). An unreadable input is a suite with one
/// erroring case. No timestamps or durations.
/// </summary>
public sealed class JUnitReportWriter : IReportWriter
{
    public void Write(ComplianceReport report, TextWriter output) =>
        output.Write(XmlText.Write(xml => WriteSuites(report, xml)));

    private static void WriteSuites(ComplianceReport report, XmlWriter xml)
    {
        var titles = report.Rules.ToDictionary(r => r.Id, r => r.Title, StringComparer.Ordinal);
        var outcomes = report.Articles.SelectMany(a => a.Outcomes).ToList();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "claimcheck");
        Counts(xml, outcomes.Count + report.Diagnostics.Length, outcomes.Count(o => o.Status == RuleStatus.Failed),
            outcomes.Count(o => o.Status == RuleStatus.Error) + report.Diagnostics.Length, outcomes.Count(o => o.Status == RuleStatus.NotApplicable));
        foreach (var article in report.Articles)
            WriteSuite(article, titles, xml);
        foreach (var diagnostic in report.Diagnostics)
            WriteInputError(diagnostic, xml);
        xml.WriteEndElement();
    }

    private static void WriteSuite(ArticleResult article, Dictionary<string, string> titles, XmlWriter xml)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", XmlText.Clean(article.Path));
        Counts(xml, article.Outcomes.Length, article.Outcomes.Count(o => o.Status == RuleStatus.Failed),
            article.Outcomes.Count(o => o.Status == RuleStatus.Error), article.NotApplicable);
        foreach (var outcome in article.Outcomes)
        {
            var findings = article.Findings.Where(f => f.RuleId == outcome.RuleId).ToList();
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", ReportNames.Family(outcome.RuleId));
            xml.WriteAttributeString("name", XmlText.Clean($"{outcome.RuleId} {titles.GetValueOrDefault(outcome.RuleId, "")}".TrimEnd()));
            switch (outcome.Status)
            {
                case RuleStatus.Failed:
                    var failing = findings.Where(f => !f.Suppressed).ToList();
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("message", XmlText.Clean(failing.Count == 1 ? failing[0].Message : $"{failing.Count} findings."));
                    xml.WriteAttributeString("type", ReportNames.Severity(failing.Max(f => f.Severity)));
                    xml.WriteString(XmlText.Clean(Lines(failing)));
                    xml.WriteEndElement();
                    break;
                case RuleStatus.Error:
                    var errors = ReportNames.FailuresOf(article, outcome.RuleId).ToList();
                    xml.WriteStartElement("error");
                    xml.WriteAttributeString("message", XmlText.Clean(errors.FirstOrDefault()?.Message ?? "The rule could not be evaluated."));
                    xml.WriteAttributeString("type", errors.FirstOrDefault()?.Id ?? DiagnosticDescriptors.RuleEvaluationFailed.Id);
                    xml.WriteString(XmlText.Clean(string.Concat(errors.Select(e => DiagnosticFormatter.FormatLine(e) + "\n"))));
                    xml.WriteEndElement();
                    break;
                case RuleStatus.NotApplicable:
                    xml.WriteStartElement("skipped");
                    xml.WriteAttributeString("message", "Not applicable: no subject of the rule in this article.");
                    xml.WriteEndElement();
                    break;
            }
            var suppressed = findings.Where(f => f.Suppressed).ToList();
            if (suppressed.Count > 0)
                xml.WriteElementString("system-out", XmlText.Clean(Lines(suppressed)));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteInputError(Diagnostic diagnostic, XmlWriter xml)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", XmlText.Clean(diagnostic.DisplayPath));
        Counts(xml, 1, 0, 1, 0);
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", "claimcheck");
        xml.WriteAttributeString("name", "load");
        xml.WriteStartElement("error");
        xml.WriteAttributeString("message", XmlText.Clean(diagnostic.Message));
        xml.WriteAttributeString("type", diagnostic.Id);
        xml.WriteString(XmlText.Clean(DiagnosticFormatter.FormatLine(diagnostic) + "\n"));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Counts(XmlWriter xml, int tests, int failures, int errors, int skipped)
    {
        xml.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", errors.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("skipped", skipped.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("time", "0");
    }

    /// <summary>Compiler-style lines, one per finding, as the text report prints them.</summary>
    private static string Lines(IEnumerable<Finding> findings) => string.Concat(findings.Select(f =>
    {
        var start = f.Location.Start;
        var suppressed = f.Suppressed ? " [suppressed" + (f.SuppressionReason is { } r ? ": " + r : "") + "]" : "";
        return $"{f.Location.Path}({start.Line + 1},{start.Character + 1}): {ReportNames.Severity(f.Severity)} {f.RuleId}: {f.Message}{suppressed}\n";
    }));
}
