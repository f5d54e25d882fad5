using System.Collections.Immutable;
using ClaimCheck.Syntax.Expressions;
using Sprache;
using static ClaimCheck.Syntax.Grammar.TokenGrammar;

namespace ClaimCheck.Syntax.Grammar;

/// <summary>Message templates: <c>"Quote “{q.text}” has no named speaker."</c>; <c>{{</c> and <c>}}</c> are literal braces.</summary>
internal static class TemplateGrammar
{
    private static readonly Parser<char> EscapedChar =
        from backslash in Parse.Char('\\')
        from c in Parse.AnyChar.Except(Parse.Chars("\r\n"))
        select c switch { 'n' => '\n', 't' => '\t', _ => c };

    private static readonly Parser<char> TextChar =
        EscapedChar
            .Or(Parse.String("{{").Return('{'))
            .Or(Parse.String("}}").Return('}'))
            .Or(Parse.CharExcept("\"\\{\r\n"));

    private static readonly Parser<TemplatePartSyntax> TextPart =
        TextChar.AtLeastOnce().Text().Select(t => (TemplatePartSyntax)new TemplateTextSyntax(t)).Spanned();

    private static readonly Parser<TemplatePartSyntax> Hole =
        (from open in Parse.Char('{').Then(_ => Trivia)
         from expression in ExpressionGrammar.Expression
         from close in Parse.Char('}').Named(ClosingBrace)
         select (TemplatePartSyntax)new TemplateHoleSyntax(expression)).Spanned();

    public static readonly Parser<TemplateSyntax> Template =
        (from open in Parse.Char('"')
         from parts in TextPart.Or(Hole).XMany()
         from close in Parse.Char('"').Named(ClosingQuote)
         select new TemplateSyntax(parts.ToImmutableArray())).Spanned().Token().Named("a message in quotes");
}
