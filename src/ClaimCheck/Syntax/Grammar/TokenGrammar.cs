using System.Globalization;
using System.Text;
using ClaimCheck.Syntax.Expressions;
using ClaimCheck.Text;
using Sprache;

namespace ClaimCheck.Syntax.Grammar;

/// <summary>Tokens of the rule language: trivia, names, keywords, literals, regexes.</summary>
internal static class TokenGrammar
{
    public const string ClosingQuote = "the closing '\"' of the string";
    public const string ClosingSlash = "the closing '/' of the regex";
    public const string ClosingBrace = "'}' to close the message hole";
    public const string ClosingCSharpBrace = "'}' to close the C# block";

    /// <summary>Words that cannot name a variable or a path root.</summary>
    public static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "and", "or", "not", "is", "present", "missing", "matches", "contains", "in", "true", "false",
        "any", "all", "none", "count", "csharp", "rule", "ruleset", "use", "phrase", "means",
        "severity", "for", "each", "where", "require", "forbid", "report", "message", "help", "tags",
    };

    private static readonly Parser<string> Comment =
        from hash in Parse.Char('#')
        from rest in Parse.CharExcept("\r\n").Many()
        select "";

    public static readonly Parser<IEnumerable<string>> Trivia =
        Parse.WhiteSpace.Once().Return("").Or(Comment).Many();

    private static readonly Parser<string> IdentifierText =
        Parse.Identifier(Parse.Letter.Or(Parse.Char('_')), Parse.LetterOrDigit.Or(Parse.Char('_')));

    /// <summary>Any identifier, reserved or not: member names may be keywords (<c>s.quotes.count</c>).</summary>
    public static readonly Parser<NameSyntax> AnyName =
        IdentifierText.Select(t => new NameSyntax(t)).Spanned().Token().Named("a name");

    public static readonly Parser<NameSyntax> Name =
        IdentifierText.Where(t => !Reserved.Contains(t)).Select(t => new NameSyntax(t)).Spanned().Token().Named("a name");

    public static readonly Parser<NameSyntax> RuleId =
        Parse.Identifier(Parse.Letter, Parse.LetterOrDigit.Or(Parse.Chars("_-")))
            .Select(t => new NameSyntax(t)).Spanned().Token().Named("a rule ID");

    public static readonly Parser<NameSyntax> TagName =
        Parse.Identifier(Parse.LetterOrDigit, Parse.LetterOrDigit.Or(Parse.Chars("_-")))
            .Select(t => new NameSyntax(t)).Spanned().Token().Named("a tag");

    public static Parser<TextSpan> Keyword(string keyword) =>
        IdentifierText.WithSpan().Where(w => w.Value == keyword).Select(w => w.Span).Token().Named($"'{keyword}'");

    public static Parser<TextSpan> Symbol(string symbol) =>
        Parse.String(symbol).Text().WithSpan().Select(s => s.Span).Token().Named($"'{symbol}'");

    private static readonly Parser<char> EscapedChar =
        from backslash in Parse.Char('\\')
        from c in Parse.AnyChar.Except(Parse.Chars("\r\n"))
        select c switch { 'n' => '\n', 't' => '\t', _ => c };

    private static readonly Parser<char> StringChar = EscapedChar.Or(Parse.CharExcept("\"\\\r\n"));

    private static readonly Parser<char> ClosingQuoteChar = Parse.Char('"').Named(ClosingQuote);

    public static readonly Parser<StringSyntax> String =
        (from open in Parse.Char('"')
         from chars in StringChar.Many().Text()
         from close in ClosingQuoteChar
         select new StringSyntax(chars)).Spanned().Token().Named("a string");

    private static readonly Parser<string> Digits = Parse.Digit.AtLeastOnce().Text();

    private static readonly Parser<LiteralExpressionSyntax> DateLiteral =
        (from year in Parse.Digit.Repeat(4).Text()
         from dash1 in Parse.Char('-')
         from month in Parse.Digit.Repeat(2).Text()
         from dash2 in Parse.Char('-')
         from day in Parse.Digit.Repeat(2).Text()
         select new LiteralExpressionSyntax(LiteralKind.Date, $"{year}-{month}-{day}")).Spanned().Token();

    private static readonly Parser<LiteralExpressionSyntax> NumberLiteral =
        (from minus in Parse.Char('-').Optional()
         from whole in Digits
         from fraction in Parse.Char('.').Then(_ => Digits).Optional()
         select new LiteralExpressionSyntax(LiteralKind.Number,
             (minus.IsDefined ? "-" : "") + whole + (fraction.IsDefined ? "." + fraction.Get() : ""))).Spanned().Token();

    private static readonly Parser<LiteralExpressionSyntax> StringLiteral =
        String.Select(s => new LiteralExpressionSyntax(LiteralKind.String, s.ToString()) { Span = s.Span });

    private static readonly Parser<LiteralExpressionSyntax> BooleanLiteral =
        Keyword("true").Select(span => new LiteralExpressionSyntax(LiteralKind.Boolean, "true") { Span = span })
            .Or(Keyword("false").Select(span => new LiteralExpressionSyntax(LiteralKind.Boolean, "false") { Span = span }));

    public static readonly Parser<ExpressionSyntax> Literal =
        DateLiteral.Or(NumberLiteral).Or(StringLiteral).Or(BooleanLiteral);

    private static readonly Parser<string> RegexChar =
        (from backslash in Parse.Char('\\')
         from c in Parse.AnyChar.Except(Parse.Chars("\r\n"))
         select c == '/' ? "/" : "\\" + c)
        .Or(Parse.CharExcept("/\\\r\n").Once().Text());

    public static readonly Parser<RegexSyntax> Regex =
        (from open in Parse.Char('/')
         from pattern in RegexChar.Many().Select(string.Concat).WithSpan()
         from close in Parse.Char('/').Named(ClosingSlash)
         from flags in Parse.Letter.Many().Text().WithSpan()
         select new RegexSyntax(pattern.Value, flags.Value, pattern.Span, flags.Span)).Spanned().Token().Named("a regex such as /spokes(wo)?man/i");

    /// <summary><c>csharp { code }</c>, where the code may hold nested braces and C# strings.</summary>
    public static readonly Parser<ExpressionSyntax> CSharp =
        (from keyword in Keyword("csharp")
         from open in Parse.Char('{')
         from code in CSharpBody.WithSpan()
         from close in Parse.Char('}').Named(ClosingCSharpBrace)
         select (ExpressionSyntax)new CSharpExpressionSyntax(code.Value, code.Span) { Span = TextSpan.FromBounds(keyword.Start, code.Span.End + 1) })
        .Token();

    private static Parser<string> CSharpBody => input =>
    {
        var builder = new StringBuilder();
        var depth = 0;
        var current = input;
        char? quote = null;
        while (!current.AtEnd)
        {
            var c = current.Current;
            if (quote is not null)
            {
                if (c == '\\')
                {
                    builder.Append(c);
                    current = current.Advance();
                    if (current.AtEnd)
                        break;
                    c = current.Current;
                }
                else if (c == quote)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                if (depth == 0)
                    return Result.Success(builder.ToString(), current);
                depth--;
            }
            else if (c == '\n' && RuleFileParser.StartsMemberAfterIndent(current.Source, current.Position + 1))
            {
                // An unclosed block must not swallow the rules after it: stop at the next one.
                break;
            }
            builder.Append(c);
            current = current.Advance();
        }
        return Result.Failure<string>(current, "unterminated C# block", [ClosingCSharpBrace]);
    };

    public static bool IsNumber(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
}
