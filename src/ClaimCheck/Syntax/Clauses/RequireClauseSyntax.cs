using System.Collections.Immutable;
using ClaimCheck.Syntax.Expressions;

namespace ClaimCheck.Syntax.Clauses;

public sealed record RequireClauseSyntax(ExpressionSyntax Condition) : ClauseSyntax
{
    public override string Keyword => "require";

    public override string ToString() => $"require {Condition}";
}
