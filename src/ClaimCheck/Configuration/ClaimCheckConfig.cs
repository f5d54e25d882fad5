using System.Collections.Immutable;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Configuration;

/// <summary>
/// A <c>claimcheck.yaml</c>: which rule files to load, severity per rule or glob, the fail-on
/// level, and which article files to include or exclude. Paths are resolved against the file's folder.
/// </summary>
public sealed record ClaimCheckConfig
{
    public const string FileName = "claimcheck.yaml";

    /// <summary>The configuration file, or null for the defaults.</summary>
    public string? Path { get; init; }

    /// <summary>Rule files or folders (absolute), or "bundled:"; empty means the bundled packs.</summary>
    public ImmutableArray<string> Rules { get; init; } = [];

    public ImmutableArray<SeverityOverride> Severity { get; init; } = [];

    /// <summary>Registry files (absolute) that registry rules check against.</summary>
    public ImmutableArray<string> Registries { get; init; } = [];

    /// <summary>Null means "none": never fail on findings.</summary>
    public DiagnosticSeverity? FailOn { get; init; } = DiagnosticSeverity.Error;

    public bool FailOnGiven { get; init; }

    /// <summary>Globs relative to the configuration's folder; empty includes every article file.</summary>
    public ImmutableArray<string> Include { get; init; } = [];

    public ImmutableArray<string> Exclude { get; init; } = [];

    public static ClaimCheckConfig Default { get; } = new();
}
