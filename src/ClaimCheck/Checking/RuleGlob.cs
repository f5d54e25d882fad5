namespace ClaimCheck.Checking;

/// <summary>Rule ID patterns: an exact ID, or a prefix ending in '*' (<c>STYLE*</c>), or '*' for all.</summary>
public static class RuleGlob
{
    public static bool Matches(string pattern, string ruleId) =>
        pattern.EndsWith('*')
            ? ruleId.StartsWith(pattern[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(pattern, ruleId, StringComparison.OrdinalIgnoreCase);
}
