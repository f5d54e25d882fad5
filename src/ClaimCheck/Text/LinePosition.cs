namespace ClaimCheck.Text;

/// <summary>A zero-based line and character; printed one-based.</summary>
public readonly record struct LinePosition(int Line, int Character)
{
    public override string ToString() => $"({Line + 1},{Character + 1})";
}
