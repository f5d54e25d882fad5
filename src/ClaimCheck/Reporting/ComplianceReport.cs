using System.Collections.Immutable;
using ClaimCheck.Binding.Bound;
using ClaimCheck.Checking;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Reporting;

/// <summary>Everything one run produced: the rules, each article's result, and the diagnostics of inputs that could not be read.</summary>
public sealed record ComplianceReport(
    ImmutableArray<BoundRule> Rules,
    ImmutableArray<ArticleResult> Articles,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Warnings of the rule files (errors stop the run before there is a report); SARIF lists them as configuration notifications.</summary>
    public ImmutableArray<Diagnostic> RuleDiagnostics { get; init; } = [];

    public IEnumerable<Finding> Findings => Articles.SelectMany(a => a.Findings);

    public int Count(DiagnosticSeverity severity) => Findings.Count(f => !f.Suppressed && f.Severity == severity);

    public int SuppressedCount => Findings.Count(f => f.Suppressed);

    /// <summary>Whether any unsuppressed finding is at or above <paramref name="level"/> (null: never fail).</summary>
    public bool FailsAt(DiagnosticSeverity? level) =>
        level is { } l && Findings.Any(f => !f.Suppressed && f.Severity >= l);
}
