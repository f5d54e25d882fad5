using ClaimCheck.Cli;

Console.OutputEncoding = System.Text.Encoding.UTF8;
var exitCode = ClaimCheckCli.Run(args, CliContext.FromConsole());
// For the start-up benchmark (bench/run.sh): how much of a run went into compiling our own code.
if (Environment.GetEnvironmentVariable("CLAIMCHECK_JIT_STATS") == "1")
    Console.Error.WriteLine($"claimcheck: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods compiled by the JIT in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms");
return exitCode;
