using System.Collections.Immutable;
using ClaimCheck.Syntax.Expressions;

namespace ClaimCheck.Syntax.Clauses;

public sealed record WhereClauseSyntax(ExpressionSyntax Condition) : ClauseSyntax
{
    public override string Keyword => "where";

    public override string ToString() => $"where {Condition}";
}
