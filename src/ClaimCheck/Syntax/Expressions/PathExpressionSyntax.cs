using System.Collections.Immutable;

namespace ClaimCheck.Syntax.Expressions;

/// <summary>A name followed by member accesses: <c>s.channel.outlet.name</c>.</summary>
public sealed record PathExpressionSyntax(NameSyntax Root, ImmutableArray<NameSyntax> Members) : ExpressionSyntax
{
    public override string ToString() => string.Join(".", Members.Select(m => m.Text).Prepend(Root.Text));
}
