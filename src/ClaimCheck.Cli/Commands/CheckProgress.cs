using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// A progress bar on standard error while a run checks many articles, drawn only when standard
/// error is a terminal that nothing else is drawing on: redirected, piped or in CI there is none,
/// and the report's bytes never change. What would go to standard error while the bar is drawn
/// is held and printed, in order, once the bar is gone: written beside it, it would tear it.
/// </summary>
internal static class CheckProgress
{
    /// <summary>Fewer articles than this finish before a bar would be worth drawing.</summary>
    public const int MinimumArticles = 2;

    public static bool ShouldShow(CliContext context, CheckRequest request, int articles) =>
        context.ErrorIsTerminal
        && !request.NoProgress
        && articles >= MinimumArticles
        // Lines streamed to the same terminal would be torn by the bar.
        && !(request.Format == Reporting.ReportFormat.Jsonl && request.Output is null && context.OutputIsTerminal);

    /// <summary>
    /// Runs <paramref name="body"/>, which calls the given action once per article checked and
    /// writes diagnostics to the given writer.
    /// </summary>
    public static T Run<T>(CliContext context, CheckRequest request, int articles, Func<Action, CliContext, T> body) =>
        ShouldShow(context, request, articles) ? Drawn(context, articles, body) : body(() => { }, context);

    // Apart, so that Spectre.Console is loaded only by a run that draws the bar.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static T Drawn<T>(CliContext context, int articles, Func<Action, CliContext, T> body)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(context.Error),
            Ansi = AnsiSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        var held = new StringWriter { NewLine = "\n" };
        try
        {
            return console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(progress =>
                {
                    var task = progress.AddTask(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Checking {articles:N0} articles"), maxValue: articles);
                    return body(() => task.Increment(1), context with { Error = held });
                });
        }
        finally
        {
            context.Error.Write(held.ToString());
        }
    }
}
