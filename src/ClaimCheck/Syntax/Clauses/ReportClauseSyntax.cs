using System.Collections.Immutable;
using ClaimCheck.Syntax.Expressions;

namespace ClaimCheck.Syntax.Clauses;

public sealed record ReportClauseSyntax(TemplateSyntax? Message) : ClauseSyntax
{
    public override string Keyword => "report";

    public override string ToString() => $"report{(Message is null ? "" : " " + Message)}";
}
