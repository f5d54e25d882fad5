using ClaimCheck.Diagnostics;
using ClaimCheck.Loading;

namespace ClaimCheck.Fixtures;

/// <summary>
/// The article fixtures in a folder: whatever <see cref="ArticlePaths"/> reads as an article (so
/// every input format <c>check</c> learns is a fixture format too), less the snapshot files.
/// </summary>
public static class FixtureFinder
{
    public static IReadOnlyList<string> Find(string directory, DiagnosticBag diagnostics) =>
        ArticlePaths.Expand([directory], diagnostics).Where(p => !IsSnapshot(p)).ToArray();

    /// <summary><c>NAME.verified.EXT</c> and <c>NAME.received.EXT</c> are outputs, never inputs.</summary>
    public static bool IsSnapshot(string path)
    {
        var name = Path.GetFileName(path);
        return name.Contains(".verified.", StringComparison.OrdinalIgnoreCase)
            || name.Contains(".received.", StringComparison.OrdinalIgnoreCase);
    }
}
