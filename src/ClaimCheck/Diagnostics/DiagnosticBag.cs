using ClaimCheck.Text;

namespace ClaimCheck.Diagnostics;

/// <summary>Collects diagnostics while one stage runs; each stage reports through its own methods.</summary>
public class DiagnosticBag
{
    private readonly List<Diagnostic> _diagnostics = [];

    public IReadOnlyList<Diagnostic> Items => _diagnostics;

    public bool HasErrors => _diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public Diagnostic Report(DiagnosticDescriptor descriptor, TextLocation? location, params object?[] args)
    {
        var diagnostic = new Diagnostic(descriptor, location, descriptor.Format(args));
        _diagnostics.Add(diagnostic);
        return diagnostic;
    }

    public void Report(SourceText text, TextSpan span, DiagnosticDescriptor descriptor, params object?[] args) =>
        Report(descriptor, new TextLocation(text, span), args);

    public void ReportAtPath(string path, DiagnosticDescriptor descriptor, params object?[] args) =>
        _diagnostics.Add(new Diagnostic(descriptor, null, descriptor.Format(args)) { Path = path });

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _diagnostics.AddRange(diagnostics);
}
