using ClaimCheck.Diagnostics;

namespace ClaimCheck.Configuration;

/// <summary><c>STYLE*: off</c> or <c>CLAIM001: error</c>: a rule ID or glob and the severity it gets (null: the rule is off).</summary>
public sealed record SeverityOverride(string Pattern, DiagnosticSeverity? Severity);
