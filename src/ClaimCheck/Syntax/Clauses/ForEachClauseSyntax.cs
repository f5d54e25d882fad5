using System.Collections.Immutable;
using ClaimCheck.Syntax.Expressions;

namespace ClaimCheck.Syntax.Clauses;

public sealed record ForEachClauseSyntax(NameSyntax Kind, NameSyntax Variable, ExpressionSyntax? Where) : ClauseSyntax
{
    public override string Keyword => "for each";

    public override string ToString() => $"for each {Kind} {Variable}{(Where is null ? "" : $" where {Where}")}";
}
