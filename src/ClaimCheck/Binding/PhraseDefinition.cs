using ClaimCheck.Binding.Bound;
using ClaimCheck.Syntax.Members;
using ClaimCheck.Text;

namespace ClaimCheck.Binding;

/// <summary>A phrase of the policy language, bound once with its subject in slot 0.</summary>
internal sealed record PhraseDefinition(string Key, SubjectKind Kind, PhraseSyntax Syntax, TextLocation Location, BoundExpression Body, int SlotCount, bool HasErrors)
{
    public string Text => Syntax.Text.Value;
}
