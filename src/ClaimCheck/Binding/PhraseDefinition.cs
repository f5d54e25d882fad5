using ClaimCheck.Binding.Bound;
using ClaimCheck.Syntax.Members;
using ClaimCheck.Text;

namespace ClaimCheck.Binding;

/// <summary>
/// A phrase of the policy language, with its subject in slot 0. Its body is bound the first
/// time a policy sentence uses it: the bundled prelude defines dozens of phrases (tested to
/// bind cleanly), and a run that uses a few should not pay for the rest. A user's phrases are
/// bound at once, so their mistakes are reported even when no rule uses them yet.
/// </summary>
internal sealed class PhraseDefinition(string key, SubjectKind kind, PhraseSyntax syntax, TextLocation location, Func<PhraseDefinition.BoundBody> bind)
{
    private readonly Lazy<BoundBody> _body = new(bind);

    public sealed record BoundBody(BoundExpression Expression, int SlotCount, bool HasErrors);

    public string Key { get; } = key;

    public SubjectKind Kind { get; } = kind;

    public PhraseSyntax Syntax { get; } = syntax;

    public TextLocation Location { get; } = location;

    public string Text => Syntax.Text.Value;

    public BoundExpression Body => _body.Value.Expression;

    public int SlotCount => _body.Value.SlotCount;

    public bool HasErrors => _body.Value.HasErrors;
}
