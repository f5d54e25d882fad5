using System.Collections.Immutable;
using ClaimCheck.Syntax.Expressions;
using ClaimCheck.Text;
using Sprache;
using static ClaimCheck.Syntax.Grammar.TokenGrammar;

namespace ClaimCheck.Syntax.Grammar;

/// <summary>
/// Expressions, loosest first: or, and, not, comparisons and tests, primaries.
/// Operator chains use XMany and fold iteratively, so long chains cannot overflow the stack;
/// nesting depth is bounded by <see cref="RuleFileParser"/> before parsing.
/// </summary>
internal static class ExpressionGrammar
{
    public static readonly Parser<ExpressionSyntax> Expression =
        Parse.Ref(() => OrExpression!).Named("an expression");

    private static readonly Parser<ExpressionSyntax> Parenthesized =
        from open in Symbol("(")
        from inner in Expression
        from close in Symbol(")")
        select inner;

    private static readonly Parser<ExpressionSyntax> ListLiteral =
        from open in Symbol("[")
        from items in Expression.XDelimitedBy(Symbol(",")).XOptional()
        from close in Symbol("]")
        select (ExpressionSyntax)new ListExpressionSyntax(items.GetOrElse([]).ToImmutableArray())
        {
            Span = TextSpan.FromBounds(open.Start, close.End),
        };

    private static readonly Parser<ExpressionSyntax> Path =
        from root in Name
        from members in (from dot in Symbol(".") from member in AnyName select member).XMany()
        select (ExpressionSyntax)BuildPath(root, members.ToImmutableArray());

    private static readonly Parser<(QuantifierKind Kind, TextSpan Span)> QuantifierKeyword =
        Keyword("any").Select(s => (QuantifierKind.Any, s))
            .Or(Keyword("all").Select(s => (QuantifierKind.All, s)))
            .Or(Keyword("none").Select(s => (QuantifierKind.None, s)))
            .Or(Keyword("count").Select(s => (QuantifierKind.Count, s)));

    private static readonly Parser<ExpressionSyntax> Quantifier =
        from keyword in QuantifierKeyword
        from open in Symbol("(")
        from variable in Name
        from inKeyword in Keyword("in")
        from source in Expression
        from condition in (from colon in Symbol(":") from c in Expression select c).XOptional()
        from close in Symbol(")")
        select (ExpressionSyntax)new QuantifierExpressionSyntax(keyword.Kind, keyword.Span, variable, source, condition.GetOrDefault())
        {
            Span = TextSpan.FromBounds(keyword.Span.Start, close.End),
        };

    private static readonly Parser<ExpressionSyntax> Primary =
        Literal.Or(ListLiteral).Or(Quantifier).Or(CSharp).Or(Parenthesized).Or(Path).Named("an expression");

    private static readonly Parser<Func<ExpressionSyntax, ExpressionSyntax>> Tail =
        Parse.Ref(() => IsTail!)
            .Or(Parse.Ref(() => NegatedTail!))
            .Or(Parse.Ref(() => MatchesTail!))
            .Or(Parse.Ref(() => ContainsTail!))
            .Or(Parse.Ref(() => InTail!))
            .Or(Parse.Ref(() => ComparisonTail!));

    private static readonly Parser<Func<ExpressionSyntax, ExpressionSyntax>> IsTail =
        from isKeyword in Keyword("is")
        from not in Keyword("not").XOptional()
        from test in Keyword("present").Select(s => (Present: true, Span: s))
            .Or(Keyword("missing").Select(s => (Present: false, Span: s)))
        select Build(operand => new PresenceExpressionSyntax(operand, test.Present != not.IsDefined), test.Span);

    private static readonly Parser<Func<ExpressionSyntax, ExpressionSyntax>> NegatedTail =
        from not in Keyword("not")
        from tail in Parse.Ref(() => MatchesTail!).Or(Parse.Ref(() => ContainsTail!)).Or(Parse.Ref(() => InTail!))
        select new Func<ExpressionSyntax, ExpressionSyntax>(operand => tail(operand) switch
        {
            MatchesExpressionSyntax m => m with { Negated = true },
            BinaryExpressionSyntax b => b with { Negated = true },
            var other => other,
        });

    private static readonly Parser<Func<ExpressionSyntax, ExpressionSyntax>> MatchesTail =
        from keyword in Keyword("matches")
        from regex in TokenGrammar.Regex
        select Build(operand => new MatchesExpressionSyntax(operand, regex, Negated: false), regex.Span);

    private static readonly Parser<Func<ExpressionSyntax, ExpressionSyntax>> ContainsTail =
        from keyword in Keyword("contains")
        from right in Primary
        select Binary(BinaryOperator.Contains, keyword, right);

    private static readonly Parser<Func<ExpressionSyntax, ExpressionSyntax>> InTail =
        from keyword in Keyword("in")
        from right in Primary
        select Binary(BinaryOperator.In, keyword, right);

    private static readonly Parser<(BinaryOperator Op, TextSpan Span)> ComparisonOperator =
        Symbol("!=").Select(s => (BinaryOperator.NotEqual, s))
            .Or(Symbol("<=").Select(s => (BinaryOperator.LessOrEqual, s)))
            .Or(Symbol(">=").Select(s => (BinaryOperator.GreaterOrEqual, s)))
            .Or(Symbol("=").Select(s => (BinaryOperator.Equal, s)))
            .Or(Symbol("<").Select(s => (BinaryOperator.Less, s)))
            .Or(Symbol(">").Select(s => (BinaryOperator.Greater, s)));

    private static readonly Parser<Func<ExpressionSyntax, ExpressionSyntax>> ComparisonTail =
        from op in ComparisonOperator
        from right in Primary
        select Binary(op.Op, op.Span, right);

    private static readonly Parser<ExpressionSyntax> Test =
        from operand in Primary
        from tail in Tail.XOptional()
        select tail.IsDefined ? tail.Get()(operand) : operand;

    private static readonly Parser<ExpressionSyntax> NotExpression =
        from nots in Keyword("not").Many()
        from operand in Test
        select nots.Reverse().Aggregate(operand, (inner, notSpan) =>
            (ExpressionSyntax)new NotExpressionSyntax(inner) { Span = TextSpan.FromBounds(notSpan.Start, inner.Span.End) });

    private static readonly Parser<ExpressionSyntax> AndExpression = Chain(NotExpression, "and", BinaryOperator.And);

    private static readonly Parser<ExpressionSyntax> OrExpression = Chain(AndExpression, "or", BinaryOperator.Or);

    private static Parser<ExpressionSyntax> Chain(Parser<ExpressionSyntax> operand, string keyword, BinaryOperator op) =>
        from first in operand
        from rest in (from k in Keyword(keyword) from right in operand select (k, right)).XMany()
        select rest.Aggregate(first, (left, next) => Binary(op, next.k, next.right)(left));

    private static Func<ExpressionSyntax, ExpressionSyntax> Binary(BinaryOperator op, TextSpan opSpan, ExpressionSyntax right) =>
        left => new BinaryExpressionSyntax(left, op, opSpan, right) { Span = TextSpan.FromBounds(left.Span.Start, right.Span.End) };

    private static Func<ExpressionSyntax, ExpressionSyntax> Build(Func<ExpressionSyntax, ExpressionSyntax> make, TextSpan end) =>
        operand => make(operand) with { Span = TextSpan.FromBounds(operand.Span.Start, end.End) };

    private static PathExpressionSyntax BuildPath(NameSyntax root, ImmutableArray<NameSyntax> members) =>
        new(root, members) { Span = TextSpan.FromBounds(root.Span.Start, members.IsEmpty ? root.Span.End : members[^1].Span.End) };
}
