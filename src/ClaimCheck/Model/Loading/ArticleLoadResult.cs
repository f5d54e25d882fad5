using System.Collections.Immutable;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Model.Loading;

/// <summary>
/// The outcome of loading one model file: the document when the model is usable (warnings
/// allowed), and every problem found, each located in the model file.
/// </summary>
public sealed record ArticleLoadResult(ArticleDocument? Document, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
