namespace ClaimCheck.Cli;

/// <summary>Where a command writes, and whether that is a terminal (colour only on a terminal, never with NO_COLOR).</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, bool OutputIsTerminal)
{
    /// <summary>Standard input, for an article given as '-'.</summary>
    public TextReader In { get; init; } = Console.In;

    /// <summary>Whether standard error is a terminal that can redraw a line: the progress display is drawn only there.</summary>
    public bool ErrorIsTerminal { get; init; }

    public static CliContext FromConsole() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected)
        {
            ErrorIsTerminal = CanRedraw(Console.IsErrorRedirected, Environment.GetEnvironmentVariable("TERM")),
        };

    /// <summary>A terminal that cannot move the cursor (<c>TERM=dumb</c>) would get every redraw as a new line.</summary>
    internal static bool CanRedraw(bool redirected, string? term) => !redirected && term != "dumb";

    public bool UseColor => OutputIsTerminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
