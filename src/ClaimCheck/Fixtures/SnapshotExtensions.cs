using ClaimCheck.Reporting;

namespace ClaimCheck.Fixtures;

/// <summary>The snapshot file extension of each report format: <c>NAME.verified.txt</c>, <c>NAME.verified.json</c>, ...</summary>
public static class SnapshotExtensions
{
    public static string For(ReportFormat format) => format.ToString().ToLowerInvariant() switch
    {
        "text" => "txt",
        "markdown" => "md",
        "junit" => "xml",
        var name => name,
    };
}
