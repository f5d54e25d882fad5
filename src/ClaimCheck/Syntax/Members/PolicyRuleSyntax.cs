using System.Collections.Immutable;
using ClaimCheck.Syntax.Clauses;

namespace ClaimCheck.Syntax.Members;

/// <summary>
/// The policy-sentence form: <c>rule ID: statements attributed to a ministry spokesperson must cite a source agency</c>.
/// The sentence is kept as words; the binder matches them against the defined phrases.
/// </summary>
public sealed record PolicyRuleSyntax(NameSyntax Id, StringSyntax? Title, PolicySentenceSyntax Sentence, ImmutableArray<ClauseSyntax> Clauses) : MemberSyntax
{
    public override string ToString() =>
        $"rule {Id}{(Title is null ? "" : " " + Title)}: {Sentence}" + string.Concat(Clauses.Select(c => "\n  " + c));
}
