using ClaimCheck.Binding.Types;
using ClaimCheck.Text;

namespace ClaimCheck.Binding.Bound;

/// <summary>A type-checked expression; <see cref="Span"/> points back into the rule file.</summary>
public abstract record BoundExpression(ModelType Type, TextSpan Span);
