using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ClaimCheck.Benchmarks.Columns;

/// <summary>
/// Two columns for a benchmark whose input is a parameter: the input's size ("KB") and the mean
/// time per KB of it ("Mean/KB"). The size is computed from the parameter value by the same code
/// the benchmark uses, so the host can show it without asking the benchmark process.
/// </summary>
public sealed class PerKilobyteColumn(string parameterName, Func<object, int> charsOf, bool perKilobyte) : IColumn
{
    public string Id => $"{nameof(PerKilobyteColumn)}.{parameterName}.{perKilobyte}";
    public string ColumnName => perKilobyte ? "Mean/KB" : "KB";
    public bool AlwaysShow => true;
    public ColumnCategory Category => perKilobyte ? ColumnCategory.Statistics : ColumnCategory.Params;
    public int PriorityInCategory => 100;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless; // formatted here, so BenchmarkDotNet's unit scaling stays out
    public string Legend => perKilobyte
        ? "Mean time per KB (1,024 characters) of input"
        : "Size of the input in KB (1,024 characters)";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Parameters[parameterName] is not { } value)
            return "-";
        var kilobytes = charsOf(value) / 1024.0;
        if (!perKilobyte)
            return kilobytes.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        if (summary[benchmarkCase]?.ResultStatistics is not { } statistics)
            return "NA";
        return Format(statistics.Mean / kilobytes);
    }

    private static string Format(double nanoseconds)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        return nanoseconds switch
        {
            < 1_000 => nanoseconds.ToString("0.0", culture) + " ns",
            < 1_000_000 => (nanoseconds / 1_000).ToString("0.00", culture) + " μs",
            _ => (nanoseconds / 1_000_000).ToString("0.00", culture) + " ms",
        };
    }
}
