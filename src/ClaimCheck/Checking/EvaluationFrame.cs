using ClaimCheck.Model;

namespace ClaimCheck.Checking;

/// <summary>The variables of one rule evaluation (subject in slot 0, article in slot 1) and the article's lookups.</summary>
internal sealed class EvaluationFrame(int slotCount, ArticleIndex index)
{
    public object?[] Slots { get; } = new object?[Math.Max(2, slotCount)];

    public ArticleIndex Index { get; } = index;
}
