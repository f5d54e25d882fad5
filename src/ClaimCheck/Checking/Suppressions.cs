using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Checking;

/// <summary>Matches findings against the article's suppressions: a rule ID or a glob such as <c>STYLE*</c>, anywhere or within a span.</summary>
internal static class Suppressions
{
    public static (bool Suppressed, string? Reason) Match(Article article, string ruleId, TextSpan span)
    {
        foreach (var suppression in article.Suppressions)
        {
            if (!RuleGlob.Matches(suppression.Rule, ruleId))
                continue;
            if (suppression.Span is { } where && !(where.OverlapsWith(span) || where.Contains(span.Start)))
                continue;
            return (true, suppression.Reason);
        }
        return (false, null);
    }
}
