using ClaimCheck.Checking;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Reporting;

/// <summary>The words every report format uses for severities, statuses and rule families, so they agree.</summary>
internal static class ReportNames
{
    public static string Severity(DiagnosticSeverity severity) => severity.ToString().ToLowerInvariant();

    public static string Status(RuleStatus status) => status switch
    {
        RuleStatus.Passed => "passed",
        RuleStatus.Failed => "failed",
        RuleStatus.NotApplicable => "not-applicable",
        _ => "error",
    };

    /// <summary>SARIF has no "info": its nearest level is "note".</summary>
    public static string SarifLevel(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>The letters before a rule ID's number ("CLAIM" for CLAIM003), or the whole ID when it has none.</summary>
    public static string Family(string ruleId)
    {
        var end = 0;
        while (end < ruleId.Length && char.IsLetter(ruleId[end]))
            end++;
        return end == 0 ? ruleId : ruleId[..end];
    }

    /// <summary>The CC6001 diagnostics of one rule on an article, which say why it ended in error.</summary>
    public static IEnumerable<Diagnostic> FailuresOf(ArticleResult article, string ruleId) =>
        article.Diagnostics.Where(d => d.Descriptor == DiagnosticDescriptors.RuleEvaluationFailed && d.Message.StartsWith($"Rule '{ruleId}' ", StringComparison.Ordinal));
}
