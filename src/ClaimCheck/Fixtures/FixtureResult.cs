using System.Collections.Immutable;
using ClaimCheck.Checking;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Fixtures;

/// <summary>
/// How one fixture did: its status, the diagnostics that explain a failure (load errors,
/// expectation misses, a snapshot mismatch), the snapshot diff, and the check result for coverage.
/// </summary>
public sealed record FixtureResult(
    string Path,
    FixtureStatus Status,
    ImmutableArray<Diagnostic> Diagnostics,
    string Diff,
    ArticleResult? Result)
{
    /// <summary>Why the fixture was skipped, when it was.</summary>
    public string? SkipReason { get; init; }

    /// <summary>Whether a new or changed snapshot was accepted in this run.</summary>
    public bool Accepted { get; init; }

    /// <summary>Rules that an <c>ok:</c> expectation showed holding in this fixture.</summary>
    public ImmutableArray<string> HeldOk { get; init; } = [];
}
