using ClaimCheck.Checking;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Fixtures;

/// <summary>
/// <c>--coverage</c>: each rule must fire in some fixture and pass in some fixture, so a rule
/// that silently never matches (or always does) is caught, as <c>vale test --coverage</c> does.
/// </summary>
public static class RuleCoverage
{
    /// <summary>One entry per rule, in ID order: the rule and what its coverage lacks (empty when covered).</summary>
    public static IReadOnlyList<(string RuleId, IReadOnlyList<Diagnostic> Problems)> Check(RuleSet ruleSet, IReadOnlyList<FixtureResult> fixtures)
    {
        var results = fixtures.Select(f => f.Result).OfType<ArticleResult>().ToList();
        var fired = results.SelectMany(r => r.Findings).Where(f => !f.Suppressed).Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
        var passed = results.SelectMany(r => r.Outcomes).Where(o => o.Status == RuleStatus.Passed).Select(o => o.RuleId).ToHashSet(StringComparer.Ordinal);
        // An 'ok:' paragraph where the rule held shows it passing, even if it fires elsewhere in that article.
        passed.UnionWith(fixtures.SelectMany(f => f.HeldOk));
        var coverage = new List<(string, IReadOnlyList<Diagnostic>)>();
        foreach (var rule in ruleSet.Rules)
        {
            var bag = new DiagnosticBag();
            if (!fired.Contains(rule.Id))
                bag.Report(DiagnosticDescriptors.RuleNeverFires, rule.Location, rule.Id);
            if (!passed.Contains(rule.Id))
                bag.Report(DiagnosticDescriptors.RuleNeverPasses, rule.Location, rule.Id);
            coverage.Add((rule.Id, bag.Items));
        }
        return coverage;
    }
}
