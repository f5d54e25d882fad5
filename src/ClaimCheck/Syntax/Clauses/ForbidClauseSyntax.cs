using System.Collections.Immutable;
using ClaimCheck.Syntax.Expressions;

namespace ClaimCheck.Syntax.Clauses;

public sealed record ForbidClauseSyntax(ExpressionSyntax Condition) : ClauseSyntax
{
    public override string Keyword => "forbid";

    public override string ToString() => $"forbid {Condition}";
}
