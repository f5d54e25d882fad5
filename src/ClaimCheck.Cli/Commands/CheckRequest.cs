using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction;
using ClaimCheck.Reporting;

namespace ClaimCheck.Cli.Commands;

/// <summary>What <c>claimcheck check</c> was asked to do, as parsed from the command line.</summary>
internal sealed record CheckRequest(
    string[] Paths,
    string[] Rules,
    string[] Registries,
    string? Config,
    ReportFormat Format,
    string? Output,
    string? FailOn,
    bool AllowColor,
    string? Baseline,
    int Jobs,
    RuleSetOptions Options,
    ExtractionOptions Extraction)
{
    /// <summary>--no-progress: never draw the progress bar, even on a terminal.</summary>
    public bool NoProgress { get; init; }
}
