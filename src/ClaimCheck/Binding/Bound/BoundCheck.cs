namespace ClaimCheck.Binding.Bound;

public enum CheckKind
{
    /// <summary>A finding for each subject where the condition is false.</summary>
    Require,

    /// <summary>A finding for each subject where the condition is true.</summary>
    Forbid,

    /// <summary>A finding for each subject that passes the filters.</summary>
    Report,
}

public sealed record BoundCheck(CheckKind Kind, BoundExpression? Condition);
