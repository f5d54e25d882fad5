using System.Diagnostics;
using System.Globalization;
using System.Text;
using ClaimCheck.Model.Loading;

namespace ClaimCheck.Bench;

/// <summary>
/// How long C# blocks cost at start-up. Each figure is a fresh process, as a user's run is:
/// "cold" loads a rule set of N blocks with an empty cache (so it compiles, JIT and all),
/// "warm" loads the same rule set again from the cache it left. "none" is the same rule set
/// written without C# blocks, for ClaimCheck's own start-up. The figure is the time of
/// RuleSet.FromText plus checking one article, measured inside the process; the process's whole
/// wall time is shown beside it; and "blocks" is the part spent compiling the blocks (cold) or
/// loading them from the cache (warm), which is what the cache saves. Medians of several runs.
/// </summary>
internal static class CSharpBlockBench
{
    private static readonly int[] Counts = [1, 20, 100];

    public static int Run(int runs)
    {
        Console.WriteLine($"C# blocks: start-up cost, median of {runs} fresh processes (ms; in-process load+check / whole process)");
        Console.WriteLine();
        Console.WriteLine($"{"blocks",6} {"none",16} {"cold",16} {"warm",16} {"cold: blocks",13} {"warm: blocks",13} {"warm/cold",10}");
        var cold = new Dictionary<int, double>();
        foreach (var count in Counts)
        {
            var none = Median(runs, () => Child("none", count, NewFolder()));
            var coldRun = Median(runs, () => Child("cold", count, NewFolder()));
            var primed = NewFolder();
            Child("cold", count, primed);
            var warm = Median(runs, () => Child("warm", count, primed));
            cold[count] = coldRun.Blocks;
            Console.WriteLine($"{count,6} {Cell(none),16} {Cell(coldRun),16} {Cell(warm),16} {coldRun.Blocks,13:0} {warm.Blocks,13:0.0} {warm.Blocks / coldRun.Blocks,10:P1}");
        }
        Console.WriteLine();
        Console.WriteLine($"blocks, cold: 20 / 1 = {cold[20] / cold[1]:0.00} (target <= 1.5); 100 / 1 = {cold[100] / cold[1]:0.00}");
        return 0;
    }

    /// <summary>Runs in the child process: loads and checks once and prints the milliseconds.</summary>
    public static int Measure(string mode, int count, string cache)
    {
        var rules = Rules(count, withCSharp: mode != "none");
        var article = Path.Combine(AppContext.BaseDirectory, "damascus.json");
        var watch = Stopwatch.StartNew();
        var ruleSet = RuleSet.FromText(rules, new RuleSetOptions { CacheDirectory = cache }, "bench.rules");
        if (ruleSet.HasErrors)
            throw new InvalidOperationException(string.Join("\n", ruleSet.Diagnostics));
        var result = ruleSet.Check(ArticleLoader.Load(article).Document!);
        watch.Stop();
        if (mode == "warm" && ruleSet.CSharpBlocksFromCache != true)
            throw new InvalidOperationException("The warm run compiled.");
        Console.WriteLine(string.Join(' ', watch.Elapsed.TotalMilliseconds.ToString(CultureInfo.InvariantCulture),
            ruleSet.CSharpBlocksTime.TotalMilliseconds.ToString(CultureInfo.InvariantCulture), result.Findings.Length));
        return 0;
    }

    /// <summary>N rules, each with its own block (distinct code, so nothing is shared but the compilation).</summary>
    public static string Rules(int count, bool withCSharp)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var condition = withCSharp
                ? $"csharp {{ q.Text.Split(' ').Length > {i % 7} && q.Text.Length < {1000 + i} }}"
                : $"q.words > {i % 7} and q.text.length < {1000 + i}";
            text.Append(CultureInfo.InvariantCulture, $"rule B{i:000}\n  for each quote q\n  where {condition}\n  report \"Quote of {{q.words}} words.\"\n\n");
        }
        return text.ToString();
    }

    private static (double Inner, double Outer, double Blocks) Child(string mode, int count, string cache)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            start.ArgumentList.Add(typeof(CSharpBlockBench).Assembly.Location);
        foreach (var arg in new[] { "measure", mode, count.ToString(CultureInfo.InvariantCulture), cache })
            start.ArgumentList.Add(arg);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        watch.Stop();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"measure {mode} {count} failed: {error}");
        var parts = output.Split(' ');
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), watch.Elapsed.TotalMilliseconds, double.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private static (double Inner, double Outer, double Blocks) Median(int runs, Func<(double Inner, double Outer, double Blocks)> run)
    {
        var results = Enumerable.Range(0, runs).Select(_ => run()).ToArray();
        static double Mid(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);
        return (Mid(results.Select(r => r.Inner)), Mid(results.Select(r => r.Outer)), Mid(results.Select(r => r.Blocks)));
    }

    private static string Cell((double Inner, double Outer, double Blocks) value) => $"{value.Inner,6:0} / {value.Outer,5:0}";

    private static string NewFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "claimcheck-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
