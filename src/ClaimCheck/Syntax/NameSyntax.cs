namespace ClaimCheck.Syntax;

/// <summary>An identifier or rule ID as written.</summary>
public sealed record NameSyntax(string Text) : SyntaxNode
{
    public override string ToString() => Text;
}
