using System.Collections.Immutable;

namespace ClaimCheck.Syntax.Expressions;

/// <summary>A message template: text with <c>{expr}</c> holes.</summary>
public sealed record TemplateSyntax(ImmutableArray<TemplatePartSyntax> Parts) : SyntaxNode
{
    public override string ToString() => "\"" + string.Concat(Parts) + "\"";
}

public abstract record TemplatePartSyntax : SyntaxNode;

public sealed record TemplateTextSyntax(string Text) : TemplatePartSyntax
{
    public override string ToString() => SyntaxPrinter.EscapeTemplateText(Text);
}

public sealed record TemplateHoleSyntax(ExpressionSyntax Expression) : TemplatePartSyntax
{
    public override string ToString() => "{" + Expression + "}";
}
