namespace ClaimCheck.Diagnostics;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
