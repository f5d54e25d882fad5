using System.Collections.Immutable;
using ClaimCheck.Binding.Bound;
using ClaimCheck.Diagnostics;
using ClaimCheck.Syntax;
using ClaimCheck.Syntax.Clauses;
using ClaimCheck.Syntax.Expressions;
using ClaimCheck.Syntax.Members;
using ClaimCheck.Text;

namespace ClaimCheck.Binding;

/// <summary>
/// Binds a policy sentence, "SUBJECTS [QUALIFIER] must|should [not] REQUIREMENT", against
/// the phrase table: the subject names the kind, the qualifier's phrases filter, the
/// requirement's phrases are the check. "must" makes an error, "should" a warning.
/// </summary>
internal sealed class PolicyBinder
{
    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "must", "should", "shall" };
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "not", "never" };
    private static readonly HashSet<string> LeadingFillers = new(StringComparer.Ordinal) { "that", "which", "who", "are", "is", "be" };

    private readonly SourceText _text;
    private readonly DiagnosticBag _diagnostics;
    private readonly PhraseTable _phrases;

    private readonly CSharpBlockTable? _blocks;

    public PolicyBinder(SourceText text, DiagnosticBag diagnostics, PhraseTable phrases, CSharpBlockTable? blocks = null)
    {
        _blocks = blocks;
        _text = text;
        _diagnostics = diagnostics;
        _phrases = phrases;
    }

    public BoundRule? Bind(PolicyRuleSyntax rule, TextLocation location)
    {
        var errorsBefore = ErrorCount();
        foreach (var clause in rule.Clauses)
        {
            if (clause is ForEachClauseSyntax or RequireClauseSyntax or ForbidClauseSyntax or ReportClauseSyntax)
                _diagnostics.Report(_text, clause.Span, DiagnosticDescriptors.ClauseNotAllowed, clause.Keyword);
        }
        Binder.ReportDuplicateClauses(_text, rule.Clauses, ["severity", "message", "help", "tags"], _diagnostics);

        var words = rule.Sentence.Words;
        var normalized = words.Select(w => PolicyWords.Normalize(w.Text)).ToArray();
        var modalIndex = Array.FindIndex(normalized, Modals.Contains);
        if (modalIndex < 0)
        {
            _diagnostics.Report(_text, rule.Sentence.Span, DiagnosticDescriptors.PolicyWithoutModal);
            return null;
        }

        var kind = SubjectKinds.Find(normalized[0]) ?? SubjectKinds.Find(words[0].Text);
        if (kind is null || modalIndex == 0)
        {
            _diagnostics.Report(_text, words[0].Span, DiagnosticDescriptors.UnknownPolicySubject, words[0].Text, Binder.KindSuggestion(normalized[0]));
            return null;
        }

        var negated = modalIndex + 1 < words.Length && Negations.Contains(normalized[modalIndex + 1]);
        var requirementStart = modalIndex + (negated ? 2 : 1);
        var qualifierWords = words[1..modalIndex].SkipWhile(w => LeadingFillers.Contains(PolicyWords.Normalize(w.Text))).ToImmutableArray();
        var requirementWords = words[requirementStart..];
        if (requirementWords.IsEmpty)
        {
            var end = words[^1].Span;
            _diagnostics.Report(_text, new TextSpan(end.End, 0), DiagnosticDescriptors.UnexpectedToken, $"what {kind.Plural} {normalized[modalIndex]}{(negated ? " not" : "")} do", "the end of the line");
            return null;
        }

        var filters = qualifierWords.IsEmpty ? [] : ResolvePhrases(kind, qualifierWords);
        var requirements = ResolvePhrases(kind, requirementWords);

        var variable = kind.Name;
        var scope = Binder.SubjectScope(variable, kind);
        var expressionBinder = new ExpressionBinder(_text, _diagnostics, _blocks);
        var messageClause = rule.Clauses.OfType<MessageClauseSyntax>().FirstOrDefault();
        var message = messageClause is null ? null : expressionBinder.BindTemplate(messageClause.Message, scope);
        var whereFilters = rule.Clauses.OfType<WhereClauseSyntax>().Select(w => expressionBinder.BindCondition(w.Condition, scope, "'where'")).ToArray();

        var severityFallback = normalized[modalIndex] == "should" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
        var severity = Binder.BindSeverity(_text, rule.Clauses, severityFallback, _diagnostics);
        // A phrase whose definition has errors was reported there; the rule using it does not run.
        if (ErrorCount() > errorsBefore || filters is null || requirements is null || filters.Concat(requirements).Any(p => p.HasErrors))
            return null;

        var checks = negated
            ? requirements.Select(r => new BoundCheck(CheckKind.Forbid, r.Body)).ToImmutableArray()
            : [new BoundCheck(CheckKind.Require, And(requirements.Select(r => r.Body)))];
        var slotCount = filters.Concat(requirements).Select(p => p.SlotCount).Append(scope.SlotCount).Max();
        var sentence = string.Join(" ", words.Select(w => w.Text));
        var title = rule.Title?.Value ?? Capitalize(sentence);
        return new BoundRule(
            rule.Id.Text, title, severity, kind, variable,
            [.. filters.Select(f => f.Body), .. whereFilters],
            checks,
            message ?? BoundTemplate.FromText($"Policy not met: {sentence.TrimEnd('.')}."),
            rule.Clauses.OfType<HelpClauseSyntax>().FirstOrDefault()?.Text.Value,
            Binder.Tags(rule.Clauses), location, sentence, slotCount, _text.ToString(rule.Span));
    }

    /// <summary>The whole words as one phrase, or else each part between "and"s as a phrase.</summary>
    private IReadOnlyList<PhraseDefinition>? ResolvePhrases(SubjectKind kind, ImmutableArray<NameSyntax> words)
    {
        if (Lookup(kind, words) is { } whole)
            return [whole];

        var parts = Split(words);
        if (parts.Count > 1 && parts.All(p => Lookup(kind, p) is not null))
            return parts.Select(p => Lookup(kind, p)!).ToArray();

        foreach (var part in parts.Count > 1 ? parts.Where(p => Lookup(kind, p) is null) : [words])
            ReportUnknown(kind, part);
        return null;
    }

    private PhraseDefinition? Lookup(SubjectKind kind, ImmutableArray<NameSyntax> words) =>
        _phrases.Find(kind, PolicyWords.Key(words.Select(w => w.Text)));

    private void ReportUnknown(SubjectKind kind, ImmutableArray<NameSyntax> words)
    {
        var key = PolicyWords.Key(words.Select(w => w.Text));
        var span = TextSpan.FromBounds(words[0].Span.Start, words[^1].Span.End);
        var text = _text.ToString(span);
        if (_phrases.FindForOtherKind(key) is { } other)
        {
            _diagnostics.Report(_text, span, DiagnosticDescriptors.PhraseUsedOnWrongKind, text, other.Kind.Plural, kind.Plural);
            return;
        }
        var suggestion = _phrases.Nearest(kind, key) is { } nearest
            ? $"; did you mean '{_phrases.Find(kind, nearest)!.Text}'?"
            : "; define it with 'phrase " + kind.Name + " x \"" + text + "\" means ...'.";
        _diagnostics.Report(_text, span, DiagnosticDescriptors.UnknownPhrase, text, kind.Plural, suggestion);
    }

    private static List<ImmutableArray<NameSyntax>> Split(ImmutableArray<NameSyntax> words)
    {
        var parts = new List<ImmutableArray<NameSyntax>>();
        var current = ImmutableArray.CreateBuilder<NameSyntax>();
        foreach (var word in words)
        {
            if (PolicyWords.Normalize(word.Text) == "and" && current.Count > 0)
            {
                parts.Add(current.ToImmutable());
                current.Clear();
            }
            else
            {
                current.Add(word);
            }
        }
        if (current.Count > 0)
            parts.Add(current.ToImmutable());
        return parts;
    }

    private static BoundExpression And(IEnumerable<BoundExpression> conditions) =>
        conditions.Aggregate((left, right) =>
            new BoundBinary(left, BinaryOperator.And, false, right, Types.PrimitiveType.BooleanType, TextSpan.FromBounds(left.Span.Start, left.Span.End)));

    private static string Capitalize(string sentence) =>
        sentence.Length == 0 ? sentence : char.ToUpperInvariant(sentence[0]) + sentence[1..];

    private int ErrorCount() => _diagnostics.Items.Count(d => d.Severity == DiagnosticSeverity.Error);
}
