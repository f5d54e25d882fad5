namespace ClaimCheck.Syntax.Members;

/// <summary>Text skipped after a syntax error, up to the next rule; keeps the tree complete.</summary>
public sealed record ErrorMemberSyntax : MemberSyntax
{
    public override string ToString() => "<error>";
}
