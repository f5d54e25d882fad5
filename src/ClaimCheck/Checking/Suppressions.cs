using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Checking;

/// <summary>Matches findings against the article's suppressions: a rule ID or a glob such as <c>STYLE*</c>, anywhere or within a span.</summary>
internal static class Suppressions
{
    public static (bool Suppressed, string? Reason) Match(Article article, string ruleId, TextSpan span)
    {
        foreach (var suppression in article.Suppressions)
        {
            if (!RuleGlob.Matches(suppression.Rule, ruleId))
                continue;
            if (suppression.Span is { } where && !(where.OverlapsWith(span) || where.Contains(span.Start)))
                continue;
            return (true, suppression.Reason);
        }
        return (false, null);
    }

    /// <summary>
    /// A suppression must say why (CC6010), and must still match something (CC6011), or it
    /// silently hides future findings. "Matched nothing" is only said of a rule that ran.
    /// </summary>
    public static void ReportProblems(ArticleDocument document, IReadOnlyList<Finding> findings, IEnumerable<string> ruleIds, Diagnostics.DiagnosticBag diagnostics)
    {
        var loaded = ruleIds.ToList();
        foreach (var suppression in document.Article.Suppressions)
        {
            var location = suppression.Span is { } span ? document.Locate(span) : null;
            void Report(Diagnostics.DiagnosticDescriptor descriptor)
            {
                if (location is null)
                    diagnostics.ReportAtPath(document.Display.Path, descriptor, suppression.Rule);
                else
                    diagnostics.Report(descriptor, location, suppression.Rule);
            }

            if (string.IsNullOrWhiteSpace(suppression.Reason))
                Report(Diagnostics.DiagnosticDescriptors.SuppressionWithoutReason);
            var ran = loaded.Any(id => RuleGlob.Matches(suppression.Rule, id));
            var matched = findings.Any(f => f.Suppressed && RuleGlob.Matches(suppression.Rule, f.RuleId)
                && (suppression.Span is not { } where || where.OverlapsWith(f.Span) || where.Contains(f.Span.Start)));
            if (ran && !matched)
                Report(Diagnostics.DiagnosticDescriptors.UnusedSuppression);
        }
    }
}
