using System.Collections.Immutable;
using ClaimCheck.Binding;
using ClaimCheck.Binding.Bound;
using ClaimCheck.Checking;
using ClaimCheck.Configuration;
using ClaimCheck.Diagnostics;
using ClaimCheck.Loading;
using ClaimCheck.Model;
using ClaimCheck.Registry;
using ClaimCheck.Predicates;
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

    private RuleSet(IReadOnlyList<SyntaxTree> trees, ImmutableArray<BoundRule> rules, ImmutableArray<Diagnostic> diagnostics, IReadOnlyList<PhraseDefinition> phrases, RuleSetOptions options, bool? csharpFromCache, TimeSpan csharpTime)
    {
        CSharpBlocksFromCache = csharpFromCache;
        CSharpBlocksTime = csharpTime;
        Trees = trees;
        Rules = rules;
        Diagnostics = diagnostics;
        Phrases = phrases;
        Options = options;
        _checker = new Checker(rules, options.CSharpTimeLimit);
    }

    /// <summary>The rules that bound without errors, ordered by ID.</summary>
    public ImmutableArray<BoundRule> Rules { get; }

    /// <summary>Syntax and binding diagnostics of every loaded file, sorted by file and position.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    internal IReadOnlyList<SyntaxTree> Trees { get; }

    /// <summary>Null without C# blocks; true when their assembly came from the cache, false when it was compiled.</summary>
    internal bool? CSharpBlocksFromCache { get; }

    /// <summary>How long compiling (or loading from the cache) the C# blocks took; for the benchmark.</summary>
    internal TimeSpan CSharpBlocksTime { get; }

    internal IReadOnlyList<PhraseDefinition> Phrases { get; }

    internal RuleSetOptions Options { get; }

    /// <summary>
    /// Loads rule files, folders of <c>*.rules</c> files, or <see cref="BundledToken"/>; with no
    /// paths at all, the bundled packs. The bundled prelude's phrases are always available.
    /// </summary>
    public static RuleSet Load(IEnumerable<string> paths) => Load(paths, RuleSetOptions.Default);

    /// <summary>Loads as <see cref="Load(IEnumerable{string})"/> does, with a cache folder and time limit for C# blocks.</summary>
    public static RuleSet Load(IEnumerable<string> paths, RuleSetOptions options)
    {
        var list = paths.ToList();
        if (list.Count == 0)
            list.Add(BundledToken);
        var diagnostics = new DiagnosticBag();
        var files = list.SelectMany(p => RuleSetLoader.Expand(p, diagnostics)).ToList();
        return FromFiles(files, diagnostics.Items, options);
    }

    /// <summary>Builds a rule set from rule text held in memory (tests, editors).</summary>
    public static RuleSet FromText(string text, string path = "test.rules") => FromText(text, RuleSetOptions.Default, path);

    /// <summary>Builds a rule set from rule text held in memory, with options for C# blocks.</summary>
    public static RuleSet FromText(string text, RuleSetOptions options, string path = "test.rules") =>
        FromFiles([new RuleFile(path, text, null, "", Bundled: false)], [], options);

    private static RuleSet FromFiles(IReadOnlyList<RuleFile> files, IReadOnlyList<Diagnostic> earlier, RuleSetOptions options)
    {
        var (trees, loadDiagnostics) = RuleSetLoader.Load(files, ParsedRuleCache.For(options));
        RegexFactory.Prewarm(trees.SelectMany(RegexLiterals.In).Select(r => (r.Pattern, r.Flags)));
        var blocks = new CSharpBlockTable();
        var (rules, bindDiagnostics, phrases) = Binder.Bind(trees, blocks);
        bool? fromCache = null;
        var csharpTime = TimeSpan.Zero;
        if (blocks.Requests.Count > 0)
        {
            // The blocks' types come from one compilation of all of them; bind again with those types
            // (and with the blocks' own diagnostics, reported where they stand).
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var compiled = CSharpBlockCompiler.Compile(blocks.Requests, options);
            csharpTime = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            (rules, bindDiagnostics, phrases) = Binder.Bind(trees, new CSharpBlockTable(compiled.Bindings));
            fromCache = compiled.FromCache;
        }
        var all = DiagnosticFormatter.Sort(earlier.Concat(loadDiagnostics).Concat(bindDiagnostics)).ToImmutableArray();
        return new RuleSet(trees, rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToImmutableArray(), all, phrases, options, fromCache, csharpTime);
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
        return new RuleSet(Trees, rules.ToImmutable(), Diagnostics, Phrases, Options, CSharpBlocksFromCache, CSharpBlocksTime);
    }
    /// <summary>Checks an article with a reference registry: its entities are linked to the registry's entries first.</summary>
    public ArticleResult Check(ArticleDocument document, ReferenceRegistry? registry) => _checker.Check(document, registry);

    public BoundRule? Find(string id) => Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
}
