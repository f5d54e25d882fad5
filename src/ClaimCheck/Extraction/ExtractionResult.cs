using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Model;

namespace ClaimCheck.Extraction;

/// <summary>The article extracted from a text, Markdown or HTML file (null when it could not be read), and the problems found.</summary>
public sealed record ExtractionResult(ArticleDocument? Document, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
