using System.Collections.Immutable;
using ClaimCheck.Syntax.Expressions;

namespace ClaimCheck.Syntax.Clauses;

public sealed record TagsClauseSyntax(ImmutableArray<NameSyntax> Tags) : ClauseSyntax
{
    public override string Keyword => "tags";

    public override string ToString() => $"tags {string.Join(", ", Tags)}";
}
