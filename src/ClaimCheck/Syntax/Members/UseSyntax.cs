namespace ClaimCheck.Syntax.Members;

/// <summary><c>use "prelude.rules"</c>: loads another rule file (its phrases and rules) into the rule set.</summary>
public sealed record UseSyntax(StringSyntax Path) : MemberSyntax
{
    public override string ToString() => $"use {Path}";
}
