namespace ClaimCheck.Text;

/// <summary>A span in a particular source text; line and column are worked out on demand.</summary>
public sealed record TextLocation(SourceText Text, TextSpan Span)
{
    public string Path => Text.Path;

    public LinePosition Start => Text.GetLinePosition(Span.Start);

    public LinePosition End => Text.GetLinePosition(Span.End);

    public override string ToString() => $"{Path}{Start}";
}
