namespace ClaimCheck.Snapshots;

/// <summary>The outcome of comparing output with its verified snapshot.</summary>
public sealed record SnapshotResult(string VerifiedPath, string ReceivedPath, bool Matched, bool VerifiedMissing, string Diff);
