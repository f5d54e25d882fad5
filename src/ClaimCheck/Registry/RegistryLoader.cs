using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Text;

namespace ClaimCheck.Registry;

/// <summary>The registry read from its files, with every diagnostic about them.</summary>
public sealed record RegistryLoadResult(ReferenceRegistry Registry, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>Loads and merges registry files (<c>--registry FILE</c>, repeatable).</summary>
public static class RegistryLoader
{
    /// <summary>A registry file larger than this is refused rather than read into memory.</summary>
    public const int MaxFileLength = 16 * 1024 * 1024;

    /// <summary>More diagnostics than this are summed up in one, so a hostile file cannot flood the terminal.</summary>
    public const int MaxDiagnostics = 100;

    public static RegistryLoadResult Load(IEnumerable<string> paths)
    {
        var diagnostics = new DiagnosticBag();
        var texts = new List<SourceText>();
        foreach (var path in paths)
        {
            try
            {
                if (new FileInfo(path).Length > MaxFileLength)
                {
                    diagnostics.ReportAtPath(path, DiagnosticDescriptors.RegistryUnreadable, $"it is larger than {MaxFileLength} bytes.");
                    continue;
                }
                texts.Add(SourceText.From(File.ReadAllText(path), path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                diagnostics.ReportAtPath(path, DiagnosticDescriptors.RegistryUnreadable, e is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist." : e.Message);
            }
        }
        return FromTexts(texts, diagnostics);
    }

    /// <summary>Reads registry text held in memory (tests, editors).</summary>
    public static RegistryLoadResult FromText(string text, string path = "registry.yaml") =>
        FromTexts([SourceText.From(text, path)], new DiagnosticBag());

    private static RegistryLoadResult FromTexts(IEnumerable<SourceText> texts, DiagnosticBag diagnostics)
    {
        var entries = texts.SelectMany(t => RegistryFileReader.Read(t, diagnostics)).ToList();
        var valid = RegistryValidator.Validate(entries, diagnostics);
        var sorted = DiagnosticFormatter.Sort(diagnostics.Items).ToList();
        if (sorted.Count > MaxDiagnostics)
        {
            var rest = sorted.Count - MaxDiagnostics;
            var path = sorted[MaxDiagnostics].DisplayPath;
            sorted = sorted.Take(MaxDiagnostics).ToList();
            var bag = new DiagnosticBag();
            bag.ReportAtPath(path, DiagnosticDescriptors.RegistrySyntax, $"{rest} more diagnostics about the registry are not shown.");
            sorted.AddRange(bag.Items);
        }
        return new RegistryLoadResult(new ReferenceRegistry(valid), [.. sorted]);
    }
}
