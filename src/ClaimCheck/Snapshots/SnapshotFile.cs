using ClaimCheck.IO;

namespace ClaimCheck.Snapshots;

/// <summary>
/// Verify's conventions without Verify: <c>NAME.verified.EXT</c> holds the accepted output; a
/// mismatch writes <c>NAME.received.EXT</c> beside it and yields a unified diff; accepting
/// promotes the received file; a match deletes any stale received file.
/// Shared by <c>claimcheck test</c> and the project's own tests.
/// </summary>
public static class SnapshotFile
{
    /// <summary>Set CLAIMCHECK_ACCEPT=1 to accept every mismatch as the new verified output.</summary>
    public const string AcceptVariable = "CLAIMCHECK_ACCEPT";

    public static SnapshotResult Verify(string directory, string name, string extension, string actual, bool accept = false)
    {
        var verified = Path.Combine(directory, $"{name}.verified.{extension}");
        var received = Path.Combine(directory, $"{name}.received.{extension}");
        actual = Normalize(actual);
        var exists = File.Exists(verified);
        var expected = exists ? Normalize(File.ReadAllText(verified)) : "";
        if (exists && expected == actual)
        {
            if (File.Exists(received))
                File.Delete(received);
            return new SnapshotResult(verified, received, Matched: true, VerifiedMissing: false, Diff: "");
        }

        var diff = UnifiedDiff.Create(expected, actual, DisplayName(verified), DisplayName(received));
        if (accept || Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            AtomicFile.WriteAllText(verified, actual);
            if (File.Exists(received))
                File.Delete(received);
            return new SnapshotResult(verified, received, Matched: true, VerifiedMissing: !exists, Diff: diff);
        }
        AtomicFile.WriteAllText(received, actual);
        return new SnapshotResult(verified, received, Matched: false, VerifiedMissing: !exists, Diff: diff);
    }

    /// <summary>Snapshots compare with '\n' line ends, so a checkout with CRLF still passes.</summary>
    public static string Normalize(string text) => text.Replace("\r\n", "\n");

    private static string DisplayName(string path) => Loading.DisplayPaths.Of(path);
}
