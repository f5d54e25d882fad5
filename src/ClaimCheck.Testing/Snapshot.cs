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
        var result = SnapshotFile.Verify(Path.GetDirectoryName(sourceFile)!, fileName, extension, actual);
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

    private static string Render(ComplianceReport report, ReportFormat format)
    {
        var writer = new StringWriter { NewLine = "\n" };
        ReportWriters.For(format).Write(report, writer);
        return writer.ToString();
    }

    private static string ExtensionOf(ReportFormat format) => Fixtures.SnapshotExtensions.For(format);
}
