using ClaimCheck.Text;

namespace ClaimCheck.Model;

/// <summary>How a statement reached the article: remarks to an outlet, a statement issued by a ministry, an interview, a post.</summary>
public sealed record Channel
{
    /// <summary>remarks, statement, interview, post, report, briefing, press-conference or other.</summary>
    public string Kind { get; init; } = "";
    public string? Text { get; init; }
    public TextSpan? Span { get; init; }

    /// <summary>The outlet or issuer, as an entity id.</summary>
    public string? Outlet { get; init; }
}
