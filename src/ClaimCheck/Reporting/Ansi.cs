using ClaimCheck.Diagnostics;

namespace ClaimCheck.Reporting;

/// <summary>Terminal colours, used only when the output is a terminal and NO_COLOR is unset.</summary>
internal sealed class Ansi(bool enabled)
{
    public string Severity(DiagnosticSeverity severity, string text) => severity switch
    {
        DiagnosticSeverity.Error => Wrap("31;1", text),
        DiagnosticSeverity.Warning => Wrap("33;1", text),
        _ => Wrap("36", text),
    };

    public string Dim(string text) => Wrap("2", text);

    public string Bold(string text) => Wrap("1", text);

    public string Green(string text) => Wrap("32", text);

    private string Wrap(string code, string text) => enabled ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
