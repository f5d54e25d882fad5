using System.Collections.Immutable;

namespace ClaimCheck.Syntax.Members;

/// <summary>The words of a policy sentence, each with its span.</summary>
public sealed record PolicySentenceSyntax(ImmutableArray<NameSyntax> Words) : SyntaxNode
{
    public override string ToString() => string.Join(" ", Words);
}
