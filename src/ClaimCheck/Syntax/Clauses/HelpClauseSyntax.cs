using System.Collections.Immutable;
using ClaimCheck.Syntax.Expressions;

namespace ClaimCheck.Syntax.Clauses;

public sealed record HelpClauseSyntax(StringSyntax Text) : ClauseSyntax
{
    public override string Keyword => "help";

    public override string ToString() => $"help {Text}";
}
