using ClaimCheck.Cli;

Console.OutputEncoding = System.Text.Encoding.UTF8;
var exitCode = ClaimCheckCli.Run(args, CliContext.FromConsole());
// For the benchmarks (bench/run.sh): where a run's time went besides our own code.
if (Environment.GetEnvironmentVariable("CLAIMCHECK_STATS") == "1")
{
    Console.Error.WriteLine(
        $"claimcheck: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods compiled by the JIT in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms; " +
        $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections of generation 0/1/2, paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms; " +
        $"{GC.GetTotalAllocatedBytes() / 1048576} MB allocated; assemblies loaded: " +
        string.Join(", ", AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).Where(n => n is not null && !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard").Order(StringComparer.Ordinal)));
}
return exitCode;
