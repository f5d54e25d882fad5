using System.Collections.Immutable;
using ClaimCheck.Binding;
using ClaimCheck.Binding.Bound;
using ClaimCheck.Checking;
using ClaimCheck.Configuration;
using ClaimCheck.Diagnostics;
using ClaimCheck.Loading;
using ClaimCheck.Model;
using ClaimCheck.Registry;
using ClaimCheck.Syntax;

namespace ClaimCheck;

/// <summary>
/// The public façade: load rule files (parse, bind, compile once), then check articles.
/// A rule set with errors in <see cref="Diagnostics"/> still checks with the rules that bound.
/// </summary>
public sealed class RuleSet
{
    /// <summary>The token that names all the bundled packs among <c>--rules</c> paths; <c>bundled:NAME.rules</c> names one.</summary>
    public const string BundledToken = BundledRules.Prefix;

    private readonly Checker _checker;

    private RuleSet(IReadOnlyList<SyntaxTree> trees, ImmutableArray<BoundRule> rules, ImmutableArray<Diagnostic> diagnostics, IReadOnlyList<PhraseDefinition> phrases)
    {
        Trees = trees;
        Rules = rules;
        Diagnostics = diagnostics;
        Phrases = phrases;
        _checker = new Checker(rules);
    }

    /// <summary>The rules that bound without errors, ordered by ID.</summary>
    public ImmutableArray<BoundRule> Rules { get; }

    /// <summary>Syntax and binding diagnostics of every loaded file, sorted by file and position.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    internal IReadOnlyList<SyntaxTree> Trees { get; }

    internal IReadOnlyList<PhraseDefinition> Phrases { get; }

    /// <summary>
    /// Loads rule files, folders of <c>*.rules</c> files, or <see cref="BundledToken"/>; with no
    /// paths at all, the bundled packs. The bundled prelude's phrases are always available.
    /// </summary>
    public static RuleSet Load(IEnumerable<string> paths)
    {
        var list = paths.ToList();
        if (list.Count == 0)
            list.Add(BundledToken);
        var diagnostics = new DiagnosticBag();
        var files = list.SelectMany(p => RuleSetLoader.Expand(p, diagnostics)).ToList();
        return FromFiles(files, diagnostics.Items);
    }

    /// <summary>Builds a rule set from rule text held in memory (tests, editors).</summary>
    public static RuleSet FromText(string text, string path = "test.rules") =>
        FromFiles([new RuleFile(path, text, null, "", Bundled: false)], []);

    private static RuleSet FromFiles(IReadOnlyList<RuleFile> files, IReadOnlyList<Diagnostic> earlier)
    {
        var (trees, loadDiagnostics) = RuleSetLoader.Load(files);
        var (rules, bindDiagnostics, phrases) = Binder.Bind(trees);
        var all = DiagnosticFormatter.Sort(earlier.Concat(loadDiagnostics).Concat(bindDiagnostics)).ToImmutableArray();
        return new RuleSet(trees, rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToImmutableArray(), all, phrases);
    }

    public ArticleResult Check(ArticleDocument document) => _checker.Check(document);

    /// <summary>
    /// The same rules with severities overridden by rule ID or prefix glob (<c>STYLE*</c>); an
    /// override to "off" removes the rule. The most specific pattern wins: an exact ID, then the longest glob.
    /// </summary>
    public RuleSet WithSeverities(IEnumerable<SeverityOverride> overrides)
    {
        var ordered = overrides
            .OrderBy(o => o.Pattern.EndsWith('*') ? 0 : 1)
            .ThenBy(o => o.Pattern.Length)
            .ToList();
        if (ordered.Count == 0)
            return this;
        var rules = ImmutableArray.CreateBuilder<BoundRule>();
        foreach (var rule in Rules)
        {
            var match = ordered.LastOrDefault(o => RuleGlob.Matches(o.Pattern, rule.Id));
            if (match is null)
                rules.Add(rule);
            else if (match.Severity is { } severity)
                rules.Add(rule with { Severity = severity });
        }
        return new RuleSet(Trees, rules.ToImmutable(), Diagnostics, Phrases);
    }
    /// <summary>Checks an article with a reference registry: its entities are linked to the registry's entries first.</summary>
    public ArticleResult Check(ArticleDocument document, ReferenceRegistry? registry) => _checker.Check(document, registry);

    public BoundRule? Find(string id) => Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
}
