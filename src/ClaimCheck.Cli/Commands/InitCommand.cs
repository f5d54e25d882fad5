using System.CommandLine;
using ClaimCheck.Diagnostics;
using ClaimCheck.Fixtures;

namespace ClaimCheck.Cli.Commands;

/// <summary><c>claimcheck init [DIR]</c>: lay out a rule pack with a sample rule and a passing fixture.</summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("dir")
        {
            Description = "The folder to lay the rule pack out in (default: the current folder).",
            DefaultValueFactory = _ => ".",
        };
        var command = new Command("init", "Lay out a rule pack: rules/ with a sample rule, fixtures/ with a fixture and its accepted snapshot.") { directory };
        command.SetAction(parse => Run(context, parse.GetValue(directory) ?? "."));
        return command;
    }

    private static int Run(CliContext context, string directory)
    {
        var diagnostics = new DiagnosticBag();
        var written = RulePackInit.Create(directory, diagnostics);
        DiagnosticPrinter.Print(diagnostics.Items, context.Error);
        if (diagnostics.HasErrors)
        {
            if (written.Count == 0)
                context.Error.WriteLine("claimcheck: nothing was written.");
            return ExitCodes.CouldNotRun;
        }
        foreach (var file in written)
            context.Out.WriteLine($"created {file}");
        var shown = Loading.DisplayPaths.Of(directory);
        context.Out.WriteLine($"Run 'claimcheck test {Path.Combine(shown, "fixtures").Replace('\\', '/')} --rules {Path.Combine(shown, "rules").Replace('\\', '/')}' to test the pack.");
        return ExitCodes.Success;
    }
}
