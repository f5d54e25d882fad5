using BenchmarkDotNet.Running;
using ClaimCheck.Benchmarks;

// dotnet run -c Release --project bench/ClaimCheck.Benchmarks -- [--quick] [BenchmarkDotNet options, e.g. --filter '*Extraction*']
// --quick is ours (few warm-up and measured iterations, see SuiteConfig); everything else goes to BenchmarkDotNet.
SuiteConfig.Quick = args.Contains("--quick");
var rest = args.Where(a => a != "--quick").ToArray();
if (rest.Length == 0)
    rest = ["--filter", "*"]; // no interactive menu: run everything
BenchmarkSwitcher.FromAssembly(typeof(SuiteConfig).Assembly).Run(rest);
