using ClaimCheck.Cli;

namespace ClaimCheck.Tests.Support;

/// <summary>Runs the real <c>claimcheck</c> entry point in-process, from a chosen working directory.</summary>
internal static class CliRunner
{
    private static readonly object WorkingDirectoryLock = new();

    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(string workingDirectory, params string[] args)
    {
        lock (WorkingDirectoryLock)
        {
            var previous = Environment.CurrentDirectory;
            Environment.CurrentDirectory = workingDirectory;
            try
            {
                var output = new StringWriter { NewLine = "\n" };
                var error = new StringWriter { NewLine = "\n" };
                var code = ClaimCheckCli.Run(args, output, error);
                return new Result(code, output.ToString(), error.ToString());
            }
            finally
            {
                Environment.CurrentDirectory = previous;
            }
        }
    }

    public static Result RunInRepo(params string[] args) => Run(RepoPaths.Root, args);
}
