using ClaimCheck.Checking;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Fixtures;

/// <summary>
/// Holds a fixture's findings against its expectations: every <c>expect:</c> needs an
/// unsuppressed finding of its rule in its paragraph, and every <c>ok:</c> needs none.
/// Each miss is reported at the comment, each unexpected finding at the finding.
/// Returns the rules an <c>ok:</c> showed holding, which counts as passing for coverage.
/// </summary>
public static class ExpectationChecker
{
    public static IReadOnlySet<string> Check(IReadOnlyList<Expectation> expectations, ArticleResult result, DiagnosticBag diagnostics)
    {
        var findings = result.Findings.Where(f => !f.Suppressed).ToList();
        var held = new HashSet<string>(StringComparer.Ordinal);
        foreach (var expectation in expectations)
        {
            var matching = findings.Where(f => f.RuleId == expectation.RuleId && expectation.Covers(f.Location)).ToList();
            if (expectation.Kind == ExpectationKind.Expect && matching.Count == 0)
                diagnostics.Report(DiagnosticDescriptors.ExpectedFindingMissing, expectation.Comment, expectation.RuleId);
            else if (expectation.Kind == ExpectationKind.Ok)
            {
                if (matching.Count == 0)
                    held.Add(expectation.RuleId);
                foreach (var finding in matching)
                    diagnostics.Report(DiagnosticDescriptors.UnexpectedFinding, finding.Location, finding.RuleId, finding.Message);
            }
        }
        return held;
    }
}
