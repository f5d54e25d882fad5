using ClaimCheck.Text;

namespace ClaimCheck.Diagnostics;

/// <summary>A problem found in a rule file, an article or a configuration file, at a precise location.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, TextLocation? Location, string Message)
{
    public string Id => Descriptor.Id;

    public DiagnosticSeverity Severity => Descriptor.Severity;

    /// <summary>The file path when there is no text to point into (an unreadable file).</summary>
    public string? Path { get; init; }

    public string DisplayPath => Location?.Path ?? Path ?? "";

    public override string ToString() => DiagnosticFormatter.FormatLine(this);
}
