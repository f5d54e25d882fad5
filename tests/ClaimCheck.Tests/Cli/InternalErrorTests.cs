using ClaimCheck.Cli;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Cli;

public class InternalErrorTests
{
    /// <summary>A standard output that fails mid-run, as a broken pipe or a full disk would.</summary>
    private sealed class FailingWriter : StringWriter
    {
        public override void Write(string? value) => throw new InvalidOperationException("the output stream failed");

        public override void Write(char value) => throw new InvalidOperationException("the output stream failed");
    }

    [Test]
    public void UnexpectedException_PrintsAShortMessageWithoutStackTrace()
    {
        var error = new StringWriter();
        var code = Run(error, "check", "examples/damascus.json");

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error.ToString(), Does.StartWith("claimcheck: internal error: the output stream failed\nThis is a bug in ClaimCheck; please report it with the command you ran (add --verbose for the details).\n"));
        Assert.That(error.ToString(), Does.Not.Contain("   at "));
    }

    [Test]
    public void UnexpectedException_WithVerbose_AlsoPrintsTheStackTrace()
    {
        var error = new StringWriter();
        Run(error, "check", "examples/damascus.json", "--verbose");

        Assert.That(error.ToString(), Does.Contain("   at "));
    }

    private static int Run(StringWriter error, params string[] args)
    {
        error.NewLine = "\n";
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = RepoPaths.Root;
        try
        {
            return ClaimCheckCli.Run(args, new FailingWriter(), error);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }
}
