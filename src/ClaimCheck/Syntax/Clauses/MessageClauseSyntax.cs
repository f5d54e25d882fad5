using System.Collections.Immutable;
using ClaimCheck.Syntax.Expressions;

namespace ClaimCheck.Syntax.Clauses;

public sealed record MessageClauseSyntax(TemplateSyntax Message) : ClauseSyntax
{
    public override string Keyword => "message";

    public override string ToString() => $"message {Message}";
}
