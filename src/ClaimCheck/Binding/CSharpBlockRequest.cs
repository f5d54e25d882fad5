using System.Collections.Immutable;
using ClaimCheck.Binding.Types;
using ClaimCheck.Syntax.Expressions;
using ClaimCheck.Text;

namespace ClaimCheck.Binding;

/// <summary>A rule variable a C# block can see: its name, its slot in the evaluation frame and its type.</summary>
public sealed record CSharpVariable(string Name, int Slot, ModelType Type);

/// <summary>A <c>csharp { ... }</c> block found while binding, with the variables in scope where it stands.</summary>
public sealed record CSharpBlockRequest(CSharpExpressionSyntax Syntax, SourceText Text, ImmutableArray<CSharpVariable> Variables)
{
    public string Code => Syntax.Code;

    public TextLocation Location => new(Text, Syntax.Span);
}
