namespace ClaimCheck.Checking;

/// <summary>How one rule ended on one article: how many subjects it looked at, how many failed.</summary>
public sealed record RuleOutcome(string RuleId, RuleStatus Status, int Subjects, int Findings, int Suppressed);
