using System.Collections.Immutable;
using ClaimCheck.Binding.Bound;
using ClaimCheck.Diagnostics;
using ClaimCheck.Syntax;
using ClaimCheck.Syntax.Clauses;
using ClaimCheck.Syntax.Members;
using ClaimCheck.Text;

namespace ClaimCheck.Binding;

/// <summary>
/// Joins syntax to the model: binds every phrase first (so a rule may use a phrase defined
/// later or in another file), then every rule, checking IDs, kinds, members, types and regexes.
/// </summary>
internal sealed class Binder
{
    /// <summary>Slot 0 holds the subject; slot 1 holds <c>article</c>, visible in every rule.</summary>
    private const string ArticleVariable = "article";

    private readonly DiagnosticBag _diagnostics = new();
    private readonly PhraseTable _phrases = new();
    private readonly Dictionary<string, TextLocation> _ruleIds = new(StringComparer.Ordinal);
    private readonly CSharpBlockTable _blocks;

    private Binder(CSharpBlockTable blocks) => _blocks = blocks;

    public static (ImmutableArray<BoundRule> Rules, ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<PhraseDefinition> Phrases) Bind(IReadOnlyList<SyntaxTree> trees) =>
        Bind(trees, new CSharpBlockTable());

    /// <summary>Binds with <paramref name="blocks"/>, which collects the C# blocks met (and binds them, in the second pass).</summary>
    public static (ImmutableArray<BoundRule> Rules, ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<PhraseDefinition> Phrases) Bind(IReadOnlyList<SyntaxTree> trees, CSharpBlockTable blocks)
    {
        var binder = new Binder(blocks);
        foreach (var tree in trees)
            foreach (var phrase in tree.Members.OfType<PhraseSyntax>())
                binder.DefinePhrase(tree, phrase);

        var rules = ImmutableArray.CreateBuilder<BoundRule>();
        foreach (var tree in trees)
        {
            foreach (var member in tree.Members)
            {
                var rule = member switch
                {
                    RuleSyntax full => binder.BindRule(tree.Text, full),
                    PolicyRuleSyntax policy => binder.DeclareId(tree.Text, policy.Id) is { } location
                        ? new PolicyBinder(tree.Text, binder._diagnostics, binder._phrases, binder._blocks).Bind(policy, location)
                        : null,
                    _ => null,
                };
                if (rule is not null)
                    rules.Add(rule);
            }
        }
        return (rules.ToImmutable(), [.. binder._diagnostics.Items], binder._phrases.All.ToArray());
    }

    /// <summary>A scope with the subject in slot 0 and <c>article</c> in slot 1.</summary>
    internal static Scope SubjectScope(string variable, SubjectKind kind)
    {
        var scope = Scope.Root();
        scope.Declare(variable, kind.Type);
        if (variable != ArticleVariable)
            scope.Declare(ArticleVariable, ModelSchema.Article);
        else
            scope.Declare("\0unused", ModelSchema.Article);
        return scope;
    }

    private void DefinePhrase(SyntaxTree tree, PhraseSyntax phrase)
    {
        var text = tree.Text;
        if (SubjectKinds.Find(phrase.Kind.Text) is not { } kind)
        {
            _diagnostics.Report(text, phrase.Kind.Span, DiagnosticDescriptors.UnknownSubjectKind, phrase.Kind.Text, KindSuggestion(phrase.Kind.Text));
            return;
        }
        var key = PolicyWords.Key(phrase.Text.Value);
        var location = new TextLocation(text, phrase.Text.Span);
        var definition = new PhraseDefinition(key, kind, phrase, location, () =>
        {
            var scope = SubjectScope(phrase.Variable.Text, kind);
            var errorsBefore = _diagnostics.Items.Count;
            var body = new ExpressionBinder(text, _diagnostics, _blocks).BindCondition(phrase.Body, scope, "'means'");
            return new PhraseDefinition.BoundBody(body, scope.SlotCount, _diagnostics.Items.Count > errorsBefore);
        });
        if (!tree.Bundled)
            _ = definition.Body;
        if (!_phrases.TryAdd(definition, out var existing))
            _diagnostics.Report(text, phrase.Text.Span, DiagnosticDescriptors.DuplicatePhrase, phrase.Text.Value, kind.Plural, existing!.Location);
    }

    /// <summary>The rule's location, or null when the ID is taken (the second rule is reported and not run).</summary>
    private TextLocation? DeclareId(SourceText text, NameSyntax id)
    {
        var location = new TextLocation(text, id.Span);
        if (_ruleIds.TryGetValue(id.Text, out var first))
        {
            _diagnostics.Report(text, id.Span, DiagnosticDescriptors.DuplicateRuleId, id.Text, first);
            return null;
        }
        _ruleIds[id.Text] = location;
        return location;
    }

    private BoundRule? BindRule(SourceText text, RuleSyntax rule)
    {
        if (DeclareId(text, rule.Id) is not { } location)
            return null;
        var errorsBefore = _diagnostics.Items.Count(d => d.Severity == DiagnosticSeverity.Error);
        ReportDuplicateClauses(text, rule.Clauses, ["severity", "for each", "message", "help", "tags"], _diagnostics);

        var forEach = rule.Clauses.OfType<ForEachClauseSyntax>().FirstOrDefault();
        var kind = SubjectKinds.Article;
        var variable = ArticleVariable;
        if (forEach is not null)
        {
            variable = forEach.Variable.Text;
            if (SubjectKinds.Find(forEach.Kind.Text) is not { } found)
            {
                // Without a kind the variable has no type; binding on would only add misleading errors.
                _diagnostics.Report(text, forEach.Kind.Span, DiagnosticDescriptors.UnknownSubjectKind, forEach.Kind.Text, KindSuggestion(forEach.Kind.Text));
                return null;
            }
            kind = found;
        }

        var scope = SubjectScope(variable, kind);
        var binder = new ExpressionBinder(text, _diagnostics, _blocks);
        var filters = ImmutableArray.CreateBuilder<BoundExpression>();
        var checks = ImmutableArray.CreateBuilder<BoundCheck>();
        BoundTemplate? message = null;
        foreach (var clause in rule.Clauses)
        {
            switch (clause)
            {
                case ForEachClauseSyntax { Where: { } where }:
                    filters.Add(binder.BindCondition(where, scope, "'where'"));
                    break;
                case WhereClauseSyntax where:
                    filters.Add(binder.BindCondition(where.Condition, scope, "'where'"));
                    break;
                case RequireClauseSyntax require:
                    checks.Add(new BoundCheck(CheckKind.Require, binder.BindCondition(require.Condition, scope, "'require'")));
                    break;
                case ForbidClauseSyntax forbid:
                    checks.Add(new BoundCheck(CheckKind.Forbid, binder.BindCondition(forbid.Condition, scope, "'forbid'")));
                    break;
                case ReportClauseSyntax report:
                    checks.Add(new BoundCheck(CheckKind.Report, null));
                    if (report.Message is not null)
                        message = binder.BindTemplate(report.Message, scope);
                    break;
                case MessageClauseSyntax messageClause:
                    message ??= binder.BindTemplate(messageClause.Message, scope);
                    break;
            }
        }

        if (checks.Count == 0)
            _diagnostics.Report(text, rule.Id.Span, DiagnosticDescriptors.RuleWithoutCheck, rule.Id.Text);

        var severity = BindSeverity(text, rule.Clauses, DiagnosticSeverity.Warning, _diagnostics);
        var hasErrors = _diagnostics.Items.Count(d => d.Severity == DiagnosticSeverity.Error) > errorsBefore;
        if (hasErrors)
            return null;

        var title = rule.Title?.Value ?? rule.Id.Text;
        return new BoundRule(
            rule.Id.Text, title, severity, kind, variable, filters.ToImmutable(), checks.ToImmutable(),
            message ?? BoundTemplate.FromText(title),
            rule.Clauses.OfType<HelpClauseSyntax>().FirstOrDefault()?.Text.Value,
            Tags(rule.Clauses), location, PolicySentence: null, scope.SlotCount, text.ToString(rule.Span));
    }

    internal static ImmutableArray<string> Tags(ImmutableArray<ClauseSyntax> clauses) =>
        clauses.OfType<TagsClauseSyntax>().SelectMany(t => t.Tags).Select(t => t.Text).Distinct().ToImmutableArray();

    internal static DiagnosticSeverity BindSeverity(SourceText text, ImmutableArray<ClauseSyntax> clauses, DiagnosticSeverity fallback, DiagnosticBag diagnostics)
    {
        var clause = clauses.OfType<SeverityClauseSyntax>().FirstOrDefault();
        if (clause is null)
            return fallback;
        switch (clause.Level.Text)
        {
            case "error": return DiagnosticSeverity.Error;
            case "warning": return DiagnosticSeverity.Warning;
            case "info": return DiagnosticSeverity.Info;
            default:
                diagnostics.Report(text, clause.Level.Span, DiagnosticDescriptors.UnknownSeverity, clause.Level.Text);
                return fallback;
        }
    }

    internal static void ReportDuplicateClauses(SourceText text, ImmutableArray<ClauseSyntax> clauses, IReadOnlyCollection<string> once, DiagnosticBag diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in clauses)
        {
            if (once.Contains(clause.Keyword) && !seen.Add(clause.Keyword))
                diagnostics.Report(text, clause.Span, DiagnosticDescriptors.DuplicateClause, clause.Keyword);
        }
    }

    internal static string KindSuggestion(string name)
    {
        var names = SubjectKinds.All.SelectMany(k => new[] { k.Name, k.Plural });
        return Suggestions.Nearest(name, names) is { } nearest
            ? $"; did you mean '{nearest}'?"
            : $"; use one of {string.Join(", ", SubjectKinds.All.Select(k => k.Name))}.";
    }
}
