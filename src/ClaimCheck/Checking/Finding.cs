using ClaimCheck.Diagnostics;
using ClaimCheck.Text;

namespace ClaimCheck.Checking;

/// <summary>One place where an article breaks a rule.</summary>
public sealed record Finding(
    string RuleId,
    DiagnosticSeverity Severity,
    string Message,
    string? Help,
    string Subject,
    TextSpan Span,
    TextLocation Location,
    string Evidence)
{
    public bool Suppressed { get; init; }

    public string? SuppressionReason { get; init; }
}
