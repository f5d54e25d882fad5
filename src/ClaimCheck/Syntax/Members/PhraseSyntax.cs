using ClaimCheck.Syntax.Expressions;

namespace ClaimCheck.Syntax.Members;

/// <summary><c>phrase statement s "cite a source agency" means s.channel.outlet is present</c>.</summary>
public sealed record PhraseSyntax(NameSyntax Kind, NameSyntax Variable, StringSyntax Text, ExpressionSyntax Body) : MemberSyntax
{
    public override string ToString() => $"phrase {Kind} {Variable} {Text} means {Body}";
}
