using System.Collections;
using ClaimCheck.Binding.Bound;
using ClaimCheck.Binding;
using ClaimCheck.Syntax.Expressions;

namespace ClaimCheck.Checking;

/// <summary>
/// Turns a bound expression into a delegate once per rule set; checking an article only
/// calls delegates. Missing values are null: a member of a missing object is missing; a
/// missing value equals only another missing value (so '!=' is true against a present one);
/// ordering, 'matches' and 'contains' with a missing value are false.
/// </summary>
internal static class ExpressionCompiler
{
    public static Func<EvaluationFrame, object?> Compile(BoundExpression expression) => expression switch
    {
        BoundLiteral literal => _ => literal.Value,
        BoundVariable variable => frame => frame.Slots[variable.Slot],
        BoundMember member => CompileMember(member),
        BoundBuiltin builtin => CompileBuiltin(builtin),
        BoundNot not => CompileNot(not),
        BoundBinary binary => CompileBinary(binary),
        BoundPresence presence => CompilePresence(presence),
        BoundMatches matches => CompileMatches(matches),
        BoundList list => CompileList(list),
        BoundQuantifier quantifier => CompileQuantifier(quantifier),
        BoundCSharp csharp => frame => csharp.Evaluate(frame.Slots, frame.Index),
        BoundError => _ => null,
        _ => throw new InvalidOperationException($"Unexpected bound node {expression.GetType().Name}."),
    };

    public static Func<EvaluationFrame, bool> CompileCondition(BoundExpression expression)
    {
        var compiled = Compile(expression);
        return frame => compiled(frame) is true;
    }

    private static Func<EvaluationFrame, object?> CompileMember(BoundMember member)
    {
        var target = Compile(member.Target);
        var get = member.Member.Get;
        return frame => target(frame) is { } value ? get(value, frame.Index) : null;
    }

    private static Func<EvaluationFrame, object?> CompileBuiltin(BoundBuiltin builtin)
    {
        var target = Compile(builtin.Target);
        return builtin.Member switch
        {
            BuiltinMember.Count => frame => (double)(target(frame) is IList list ? list.Count : 0),
            BuiltinMember.First => frame => target(frame) is IList { Count: > 0 } list ? list[0] : null,
            BuiltinMember.Last => frame => target(frame) is IList { Count: > 0 } list ? list[^1] : null,
            BuiltinMember.Length => frame => target(frame) is string s ? (double)s.Length : null,
            BuiltinMember.Words => frame => target(frame) is string s ? (double)ModelSchema.Words(s) : null,
            BuiltinMember.Lower => frame => (target(frame) as string)?.ToLowerInvariant(),
            BuiltinMember.Upper => frame => (target(frame) as string)?.ToUpperInvariant(),
            _ => throw new InvalidOperationException($"Unexpected builtin {builtin.Member}."),
        };
    }

    private static Func<EvaluationFrame, object?> CompileNot(BoundNot not)
    {
        var operand = CompileCondition(not.Operand);
        return frame => !operand(frame);
    }

    private static Func<EvaluationFrame, object?> CompileBinary(BoundBinary binary)
    {
        if (binary.Operator is BinaryOperator.And or BinaryOperator.Or)
        {
            var l = CompileCondition(binary.Left);
            var r = CompileCondition(binary.Right);
            return binary.Operator == BinaryOperator.And
                ? frame => l(frame) && r(frame)
                : frame => l(frame) || r(frame);
        }

        var left = Compile(binary.Left);
        var right = Compile(binary.Right);
        Func<object?, object?, bool> test = binary.Operator switch
        {
            BinaryOperator.Equal => Values.Equal,
            BinaryOperator.NotEqual => (a, b) => !Values.Equal(a, b),
            BinaryOperator.Less => (a, b) => Values.Compare(a, b) is < 0,
            BinaryOperator.LessOrEqual => (a, b) => Values.Compare(a, b) is <= 0,
            BinaryOperator.Greater => (a, b) => Values.Compare(a, b) is > 0,
            BinaryOperator.GreaterOrEqual => (a, b) => Values.Compare(a, b) is >= 0,
            BinaryOperator.Contains => Values.Contains,
            BinaryOperator.In => (a, b) => Values.Contains(b, a),
            _ => throw new InvalidOperationException($"Unexpected operator {binary.Operator}."),
        };
        if (binary.Negated)
        {
            var positive = test;
            test = (a, b) => !positive(a, b);
        }
        return frame => test(left(frame), right(frame));
    }

    private static Func<EvaluationFrame, object?> CompilePresence(BoundPresence presence)
    {
        var operand = Compile(presence.Operand);
        var present = presence.Present;
        return frame => Values.IsPresent(operand(frame)) == present;
    }

    private static Func<EvaluationFrame, object?> CompileMatches(BoundMatches matches)
    {
        var operand = Compile(matches.Operand);
        var regex = matches.Regex;
        var negated = matches.Negated;
        return frame => (operand(frame) is string s && regex.IsMatch(s)) != negated;
    }

    private static Func<EvaluationFrame, object?> CompileList(BoundList list)
    {
        var items = list.Items.Select(Compile).ToArray();
        return frame => items.Select(i => i(frame)).ToArray();
    }

    private static Func<EvaluationFrame, object?> CompileQuantifier(BoundQuantifier quantifier)
    {
        var source = Compile(quantifier.Source);
        var condition = quantifier.Condition is null ? (_ => true) : CompileCondition(quantifier.Condition);
        var slot = quantifier.Slot;
        bool Test(EvaluationFrame frame, object? item)
        {
            frame.Slots[slot] = item;
            return condition(frame);
        }
        IEnumerable<object?> Items(EvaluationFrame frame) => source(frame) is IEnumerable e ? e.Cast<object?>() : [];
        return quantifier.Kind switch
        {
            QuantifierKind.Any => frame => Items(frame).Any(i => Test(frame, i)),
            QuantifierKind.All => frame => Items(frame).All(i => Test(frame, i)),
            QuantifierKind.None => frame => !Items(frame).Any(i => Test(frame, i)),
            _ => frame => (double)Items(frame).Count(i => Test(frame, i)),
        };
    }
}
