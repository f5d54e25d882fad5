using ClaimCheck.Diagnostics;
using ClaimCheck.Syntax;
using ClaimCheck.Syntax.Members;
using ClaimCheck.Text;

namespace ClaimCheck.Loading;

/// <summary>
/// Reads rule files and everything they <c>use</c>, each once, in a stable order. The bundled
/// prelude is always loaded first, so its phrases are available to every policy sentence.
/// </summary>
internal sealed class RuleSetLoader
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SyntaxTree> BundledTrees = new(StringComparer.Ordinal);

    private readonly List<SyntaxTree> _trees = [];
    private readonly HashSet<string> _loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _contents = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics = new();
    private readonly ParsedRuleCache? _cache;

    private RuleSetLoader(ParsedRuleCache? cache) => _cache = cache;

    /// <param name="roots">The files named; the files they <c>use</c> are added.</param>
    /// <param name="cache">Where parsed files are kept between runs; null parses every file.</param>
    public static (IReadOnlyList<SyntaxTree> Trees, IReadOnlyList<Diagnostic> Diagnostics) Load(IEnumerable<RuleFile> roots, ParsedRuleCache? cache = null)
    {
        var loader = new RuleSetLoader(cache);
        loader.Add(BundledRules.Open(BundledRules.PreludeName)!);
        foreach (var root in roots)
            loader.Add(root);
        return (loader._trees, loader._diagnostics.Items);
    }

    /// <summary>Every bundled pack, or a folder's <c>*.rules</c> files (sorted), or one file.</summary>
    public static IEnumerable<RuleFile> Expand(string path, DiagnosticBag diagnostics)
    {
        if (path == BundledRules.Prefix)
        {
            foreach (var name in BundledRules.Names)
                yield return BundledRules.Open(name)!;
            yield break;
        }
        if (path.StartsWith(BundledRules.Prefix, StringComparison.Ordinal))
        {
            if (BundledRules.Open(path[BundledRules.Prefix.Length..]) is { } one)
                yield return one;
            else
                diagnostics.ReportAtPath(path, DiagnosticDescriptors.PathNotFound, path);
            yield break;
        }
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path, "*.rules", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint })
                .OrderBy(f => f, StringComparer.Ordinal);
            var root = Path.GetFullPath(path);
            foreach (var file in files)
            {
                if (Read(file, root, diagnostics) is { } ruleFile)
                    yield return ruleFile;
            }
            yield break;
        }
        if (!File.Exists(path))
        {
            diagnostics.ReportAtPath(path, DiagnosticDescriptors.PathNotFound, path);
            yield break;
        }
        if (Read(path, Path.GetDirectoryName(Path.GetFullPath(path))!, diagnostics) is { } single)
            yield return single;
    }

    private static RuleFile? Read(string path, string packRoot, DiagnosticBag diagnostics)
    {
        try
        {
            var full = Path.GetFullPath(path);
            return new RuleFile(DisplayPaths.Of(full), File.ReadAllText(full), full, packRoot, Bundled: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.ReportAtPath(path, DiagnosticDescriptors.RuleFileUnreadable, e.Message);
            return null;
        }
    }

    private void Add(RuleFile file)
    {
        var key = file.FullPath ?? file.DisplayPath;
        // A file is loaded once, whether it is named twice or is a copy of one already loaded
        // (rules/prelude.rules on disk is the bundled prelude, which is always loaded).
        if (!_loaded.Add(key) || !_contents.Add(file.Text))
            return;
        // Bundled packs never change within a process: parse each once (the prelude is in every rule set).
        var tree = file.Bundled
            ? BundledTrees.GetOrAdd(file.DisplayPath, _ => Parse(file) with { Bundled = true })
            : Parse(file);
        _trees.Add(tree);
        _diagnostics.AddRange(tree.Diagnostics);
        foreach (var use in tree.Members.OfType<UseSyntax>())
            AddUse(file, tree.Text, use);
    }

    // Text held only in memory (tests, editors) changes with every keystroke: not worth keeping.
    private SyntaxTree Parse(RuleFile file)
    {
        var text = SourceText.From(file.Text, file.DisplayPath);
        return _cache is not null && (file.Bundled || file.FullPath is not null) ? _cache.Parse(text) : SyntaxTree.Parse(text);
    }

    private void AddUse(RuleFile from, SourceText text, UseSyntax use)
    {
        var location = new TextLocation(text, use.Path.Span);
        if (from.Bundled)
        {
            var name = use.Path.Value.StartsWith(BundledRules.Prefix, StringComparison.Ordinal) ? use.Path.Value[BundledRules.Prefix.Length..] : use.Path.Value;
            if (BundledRules.Open(name) is { } bundled)
                Add(bundled);
            else
                _diagnostics.Report(DiagnosticDescriptors.MissingUseFile, location, use.Path.Value);
            return;
        }
        if (use.Path.Value.StartsWith(BundledRules.Prefix, StringComparison.Ordinal))
        {
            if (BundledRules.Open(use.Path.Value[BundledRules.Prefix.Length..]) is { } bundled)
                Add(bundled);
            else
                _diagnostics.Report(DiagnosticDescriptors.MissingUseFile, location, use.Path.Value);
            return;
        }

        if (from.FullPath is null)
        {
            _diagnostics.Report(DiagnosticDescriptors.MissingUseFile, location, use.Path.Value);
            return;
        }
        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(from.FullPath)!, use.Path.Value));
        var root = from.PackRoot.EndsWith(Path.DirectorySeparatorChar) ? from.PackRoot : from.PackRoot + Path.DirectorySeparatorChar;
        if (!full.StartsWith(root, StringComparison.Ordinal))
        {
            _diagnostics.Report(DiagnosticDescriptors.ImportOutsidePack, location, use.Path.Value);
            return;
        }
        if (!File.Exists(full))
        {
            _diagnostics.Report(DiagnosticDescriptors.MissingUseFile, location, use.Path.Value);
            return;
        }
        if (_loaded.Contains(full))
            return;
        try
        {
            Add(new RuleFile(DisplayPaths.Of(full), File.ReadAllText(full), full, from.PackRoot, Bundled: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Report(DiagnosticDescriptors.RuleFileUnreadable, location, e.Message);
        }
    }
}
