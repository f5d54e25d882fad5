using ClaimCheck.Binding.Types;
using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Binding.Bound;

/// <summary>A compiled <c>csharp { ... }</c> block: a static method of the rule set's block assembly.</summary>
public sealed record BoundCSharp(Func<object?[], ArticleIndex, object?> Evaluate, ModelType Type, TextSpan Span) : BoundExpression(Type, Span);
