using System.Runtime.CompilerServices;
using ClaimCheck.Reporting;
using ClaimCheck.Snapshots;
using NUnit.Framework;

namespace ClaimCheck.Testing;

/// <summary>
/// Snapshot assertions for NUnit, with Verify's conventions: the accepted output is
/// <c>CLASS.METHOD.verified.EXT</c> beside the test source file (found through
/// <see cref="CallerFilePathAttribute"/>); a mismatch writes <c>CLASS.METHOD.received.EXT</c>
/// there and fails the test with a unified diff. Review the received file, then accept it by
/// renaming it to <c>.verified</c> or by running the tests with <c>CLAIMCHECK_ACCEPT=1</c>.
/// Output is scrubbed first as <c>claimcheck test</c> scrubs it: paths under the test's folder become
/// relative to it, other paths in the repository start with <c>{SolutionDirectory}/</c>, and the temp folder, the working folder and the tool version become placeholders.
/// </summary>
public static class Snapshot
{
    /// <summary>Compares <paramref name="actual"/> with the test's verified snapshot; fails the test on a difference.</summary>
    /// <param name="actual">The output to snapshot.</param>
    /// <param name="extension">The snapshot's extension (<c>txt</c>, <c>json</c>, ...).</param>
    /// <param name="name">A suffix for tests that take several snapshots or run per test case: <c>CLASS.METHOD_NAME</c>.</param>
    /// <param name="sourceFile">Filled in by the compiler: the test's source file.</param>
    /// <param name="member">Filled in by the compiler: the test method.</param>
    public static void Verify(string actual, string extension = "txt", string? name = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string member = "")
    {
        var className = Path.GetFileNameWithoutExtension(sourceFile);
        var fileName = name is null ? $"{className}.{member}" : $"{className}.{member}_{name}";
        var folder = Path.GetDirectoryName(sourceFile)!;
        var result = SnapshotFile.Verify(folder, fileName, extension, Scrubber(folder).Scrub(actual));
        if (!result.Matched)
        {
            var what = result.VerifiedMissing ? "There is no verified snapshot yet" : "The output differs from the verified snapshot";
            Assert.Fail($"{what}. Review {result.ReceivedPath} and accept it (rename to .verified, or run with {SnapshotFile.AcceptVariable}=1).\n{result.Diff}");
        }
    }

    /// <summary>Renders <paramref name="report"/> in <paramref name="format"/> (no colour) and compares it with the test's verified snapshot.</summary>
    public static void Verify(ComplianceReport report, ReportFormat format = ReportFormat.Text, string? name = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string member = "") =>
        Verify(Render(report, format), ExtensionOf(format), name, sourceFile, member);

    /// <summary>The asynchronous form of <see cref="Verify(string, string, string?, string, string)"/>, for <c>await</c> in async tests.</summary>
    public static Task VerifyAsync(string actual, string extension = "txt", string? name = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string member = "")
    {
        Verify(actual, extension, name, sourceFile, member);
        return Task.CompletedTask;
    }

    /// <summary>The asynchronous form of <see cref="Verify(ComplianceReport, ReportFormat, string?, string, string)"/>.</summary>
    public static Task VerifyAsync(ComplianceReport report, ReportFormat format = ReportFormat.Text, string? name = null, [CallerFilePath] string sourceFile = "", [CallerMemberName] string member = "")
    {
        Verify(report, format, name, sourceFile, member);
        return Task.CompletedTask;
    }

    /// <summary>Paths under the test's folder become relative to it; elsewhere in the repository, '{SolutionDirectory}/...'.</summary>
    private static SnapshotScrubber Scrubber(string folder)
    {
        var scrubber = SnapshotScrubber.ForFolder(folder, []);
        var root = new DirectoryInfo(folder);
        while (root is not null && !root.EnumerateFiles("*.sln").Any() && !root.EnumerateFiles("*.slnx").Any() && !Directory.Exists(Path.Combine(root.FullName, ".git")) && !File.Exists(Path.Combine(root.FullName, ".git")))
            root = root.Parent;
        if (root is not null)
            scrubber.ReplacePath(root.FullName.Replace('\\', '/').TrimEnd('/') + "/", "{SolutionDirectory}/");
        return scrubber;
    }

    private static string Render(ComplianceReport report, ReportFormat format)
    {
        var writer = new StringWriter { NewLine = "\n" };
        ReportWriters.For(format).Write(report, writer);
        return writer.ToString();
    }

    private static string ExtensionOf(ReportFormat format) => Fixtures.SnapshotExtensions.For(format);
}
