using System.Collections.Immutable;
using ClaimCheck.Syntax.Clauses;

namespace ClaimCheck.Syntax.Members;

/// <summary>The full rule form: <c>rule ID "title"</c> followed by clauses.</summary>
public sealed record RuleSyntax(NameSyntax Id, StringSyntax? Title, ImmutableArray<ClauseSyntax> Clauses) : MemberSyntax
{
    public override string ToString() =>
        $"rule {Id}{(Title is null ? "" : " " + Title)}" + string.Concat(Clauses.Select(c => "\n  " + c));
}
