namespace ClaimCheck.Checking;

public enum RuleStatus
{
    Passed,
    Failed,
    NotApplicable,

    /// <summary>The rule could not be evaluated on this article (see the article's diagnostics).</summary>
    Error,
}
