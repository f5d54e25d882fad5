using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ClaimCheck.Binding.Types;
using ClaimCheck.Syntax.Expressions;
using ClaimCheck.Text;

namespace ClaimCheck.Binding.Bound;

// The bound tree is small and its nodes are only ever read together by the compiler in
// Checking/, so they share this file.

public sealed record BoundLiteral(object? Value, ModelType Type, TextSpan Span) : BoundExpression(Type, Span);

/// <summary>A rule or quantifier variable, read from its slot.</summary>
public sealed record BoundVariable(string Name, int Slot, ModelType Type, TextSpan Span) : BoundExpression(Type, Span);

public sealed record BoundMember(BoundExpression Target, ModelMember Member, TextSpan Span) : BoundExpression(Member.Type, Span);

/// <summary><c>list.count</c>, <c>list.first</c>, <c>text.length</c> and the other built-in members.</summary>
public sealed record BoundBuiltin(BoundExpression Target, BuiltinMember Member, ModelType Type, TextSpan Span) : BoundExpression(Type, Span);

public sealed record BoundNot(BoundExpression Operand, TextSpan Span) : BoundExpression(PrimitiveType.BooleanType, Span);

public sealed record BoundBinary(BoundExpression Left, BinaryOperator Operator, bool Negated, BoundExpression Right, ModelType Type, TextSpan Span) : BoundExpression(Type, Span);

public sealed record BoundPresence(BoundExpression Operand, bool Present, TextSpan Span) : BoundExpression(PrimitiveType.BooleanType, Span);

public sealed record BoundMatches(BoundExpression Operand, Regex Regex, bool Negated, TextSpan Span) : BoundExpression(PrimitiveType.BooleanType, Span);

public sealed record BoundList(ImmutableArray<BoundExpression> Items, ModelType Type, TextSpan Span) : BoundExpression(Type, Span);

public sealed record BoundQuantifier(QuantifierKind Kind, int Slot, BoundExpression Source, BoundExpression? Condition, ModelType Type, TextSpan Span) : BoundExpression(Type, Span);

/// <summary>An expression that already has a diagnostic; evaluates to nothing.</summary>
public sealed record BoundError(TextSpan Span) : BoundExpression(ErrorType.Instance, Span);
