namespace ClaimCheck.Syntax.Members;

/// <summary><c>ruleset "Attribution"</c>: names the pack the file belongs to.</summary>
public sealed record RulesetSyntax(StringSyntax Name) : MemberSyntax
{
    public override string ToString() => $"ruleset {Name}";
}
