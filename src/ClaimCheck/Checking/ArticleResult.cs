using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Model;

namespace ClaimCheck.Checking;

/// <summary>The findings and rule outcomes for one article, in a deterministic order.</summary>
public sealed record ArticleResult(
    ArticleDocument Document,
    ImmutableArray<Finding> Findings,
    ImmutableArray<RuleOutcome> Outcomes,
    ImmutableArray<Diagnostic> Diagnostics)
{
    public string Path => Document.Display.Path;

    public int Passed => Outcomes.Count(o => o.Status == RuleStatus.Passed);

    public int Failed => Outcomes.Count(o => o.Status is RuleStatus.Failed or RuleStatus.Error);

    public int NotApplicable => Outcomes.Count(o => o.Status == RuleStatus.NotApplicable);

    /// <summary>Passed over applicable rules, or null when no rule applied.</summary>
    public double? Score => Passed + Failed == 0 ? null : (double)Passed / (Passed + Failed);
}
