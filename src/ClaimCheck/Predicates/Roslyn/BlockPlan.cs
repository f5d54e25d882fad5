using ClaimCheck.Binding;
using Microsoft.CodeAnalysis.Text;

namespace ClaimCheck.Predicates.Roslyn;

/// <summary>
/// Where one block sits in the generated source: <see cref="Region"/> is the user's code, copied
/// verbatim (so an offset in it is an offset in the rule file), inside method <c>B{Index}</c>.
/// </summary>
internal sealed record BlockPlan(int Index, CSharpBlockRequest Request, bool IsBody, TextSpan Region, TextSpan Method)
{
    /// <summary>Maps a span of the generated source into the rule file; outside the code, the whole block.</summary>
    public ClaimCheck.Text.TextSpan ToRuleFile(TextSpan generated)
    {
        if (!Region.Contains(generated.Start) && generated.Start != Region.End)
            return Request.Syntax.Span;
        var start = Request.Syntax.CodeSpan.Start + (generated.Start - Region.Start);
        var length = Math.Min(generated.Length, Region.End - generated.Start);
        return new ClaimCheck.Text.TextSpan(start, Math.Max(0, length));
    }
}
