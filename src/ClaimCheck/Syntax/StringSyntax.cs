namespace ClaimCheck.Syntax;

/// <summary>A string literal (title, help text, file name); <see cref="Value"/> has its escapes resolved.</summary>
public sealed record StringSyntax(string Value) : SyntaxNode
{
    public override string ToString() => SyntaxPrinter.Quote(Value);
}
