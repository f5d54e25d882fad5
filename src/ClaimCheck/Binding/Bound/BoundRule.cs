using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Text;

namespace ClaimCheck.Binding.Bound;

/// <summary>A rule ready to run: its subjects, filters, checks and message.</summary>
public sealed record BoundRule(
    string Id,
    string Title,
    DiagnosticSeverity Severity,
    SubjectKind Subject,
    string VariableName,
    ImmutableArray<BoundExpression> Filters,
    ImmutableArray<BoundCheck> Checks,
    BoundTemplate Message,
    string? Help,
    ImmutableArray<string> Tags,
    TextLocation Location,
    string? PolicySentence,
    int SlotCount,
    string Definition)
{
    /// <summary>The rule file it came from, as shown to users ("bundled:attribution.rules" for embedded packs).</summary>
    public string File => Location.Path;
}
