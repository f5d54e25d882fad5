namespace ClaimCheck.Fixtures;

/// <summary>What an expectation comment asks of the paragraph that follows it.</summary>
public enum ExpectationKind
{
    /// <summary><c>&lt;!-- expect: ID --&gt;</c>: the rule must fire in the paragraph.</summary>
    Expect,

    /// <summary><c>&lt;!-- ok: ID --&gt;</c>: the rule must not fire in the paragraph.</summary>
    Ok,
}
