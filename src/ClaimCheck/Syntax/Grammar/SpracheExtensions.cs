using ClaimCheck.Text;
using Sprache;

namespace ClaimCheck.Syntax.Grammar;

internal static class SpracheExtensions
{
    /// <summary>Runs the parser and records the characters it consumed as the node's span.</summary>
    public static Parser<T> Spanned<T>(this Parser<T> parser) where T : SyntaxNode => input =>
    {
        var result = parser(input);
        return result.WasSuccessful
            ? Result.Success(result.Value with { Span = TextSpan.FromBounds(input.Position, result.Remainder.Position) }, result.Remainder)
            : result;
    };

    /// <summary>The value with the span it was parsed from, for values that are not nodes.</summary>
    public static Parser<(T Value, TextSpan Span)> WithSpan<T>(this Parser<T> parser) => input =>
    {
        var result = parser(input);
        return result.WasSuccessful
            ? Result.Success((result.Value, TextSpan.FromBounds(input.Position, result.Remainder.Position)), result.Remainder)
            : Result.Failure<(T, TextSpan)>(result.Remainder, result.Message, result.Expectations);
    };

    /// <summary>
    /// Trailing trivia only (Roslyn's convention for trailing trivia). A token that fails therefore
    /// fails where it started, so XMany and XOptional can tell "absent" from "broken".
    /// </summary>
    public static Parser<T> Token<T>(this Parser<T> parser) =>
        from value in parser
        from trivia in TokenGrammar.Trivia
        select value;
}
