using System.Globalization;

namespace ClaimCheck.Diagnostics;

/// <summary>The fixed part of a diagnostic: its ID, default severity and message format.</summary>
public sealed record DiagnosticDescriptor(string Id, DiagnosticSeverity Severity, string Title, string MessageFormat)
{
    public string Format(params object?[] args) => string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}
