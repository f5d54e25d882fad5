using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// The job every in-process (throughput) benchmark runs with. BenchmarkDotNet's default job
/// takes minutes per case; on a shared 2-core machine <c>--quick</c> trades precision for a
/// suite that finishes in a few minutes. Four warm-ups, not two: on a busy machine the JIT's
/// background tier-up comes late. The host process decides, so the flag need not reach the
/// benchmark processes BenchmarkDotNet starts.
/// </summary>
public sealed class SuiteConfig : ManualConfig
{
    public static bool Quick { get; set; }

    public SuiteConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        AddJob(Quick
            ? Job.Default.WithId("Quick").WithLaunchCount(1).WithWarmupCount(4).WithIterationCount(5).WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(150))
            : Job.Default);
    }
}
