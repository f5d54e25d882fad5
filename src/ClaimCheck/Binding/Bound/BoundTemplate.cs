using System.Collections.Immutable;

namespace ClaimCheck.Binding.Bound;

/// <summary>A message template: literal text (strings) and holes (bound expressions), in order.</summary>
public sealed record BoundTemplate(ImmutableArray<object> Parts)
{
    public static BoundTemplate FromText(string text) => new([text]);
}
