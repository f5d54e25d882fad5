using System.CommandLine;
using ClaimCheck.Cli.Commands;

namespace ClaimCheck.Cli;

/// <summary>
/// The <c>claimcheck</c> command line: a thin shell that parses arguments, calls the library
/// and maps the outcome to an exit code. Tests call <see cref="Run"/> as the real entry point.
/// </summary>
public static class ClaimCheckCli
{
    internal static int Run(string[] args, CliContext context)
    {
        var root = new RootCommand("ClaimCheck checks how news articles source what they say, against editorial rules you write.");
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(ExtractCommand.Create(context));
        root.Subcommands.Add(RulesCommand.Create(context));
        root.Subcommands.Add(TestCommand.Create(context));
        root.Subcommands.Add(InitCommand.Create(context));

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
                context.Error.WriteLine($"claimcheck: error CC9000: {error.Message}");
            context.Error.WriteLine("Run 'claimcheck --help' (or 'claimcheck COMMAND --help') for usage.");
            return ExitCodes.CouldNotRun;
        }

        var verbose = args.Contains("--verbose");
        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            // A bug, not a user error: say so briefly; the stack trace only when asked for.
            context.Error.WriteLine($"claimcheck: internal error: {e.Message}");
            context.Error.WriteLine("This is a bug in ClaimCheck; please report it with the command you ran" + (verbose ? "." : " (add --verbose for the details)."));
            if (verbose)
                context.Error.WriteLine(e.ToString());
            return ExitCodes.CouldNotRun;
        }
    }

    /// <summary>Entry point for in-process callers (tests, tools) writing to the given writers.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(args, new CliContext(output, error, OutputIsTerminal: false));

    /// <summary>Entry point for in-process callers that also give standard input (an article read from '-').</summary>
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error) =>
        Run(args, new CliContext(output, error, OutputIsTerminal: false) { In = input });
}
