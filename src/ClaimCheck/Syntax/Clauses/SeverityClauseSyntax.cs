using System.Collections.Immutable;
using ClaimCheck.Syntax.Expressions;

namespace ClaimCheck.Syntax.Clauses;

public sealed record SeverityClauseSyntax(NameSyntax Level) : ClauseSyntax
{
    public override string Keyword => "severity";

    public override string ToString() => $"severity {Level}";
}
