using System.Runtime.CompilerServices;
using ClaimCheck.Snapshots;

namespace ClaimCheck.Tests.Support;

/// <summary>Verify-style snapshots for the project's own tests: files named after the test class and method, beside the test source.</summary>
internal static class Snapshot
{
    public static void Verify(string actual, string extension = "txt", [CallerFilePath] string sourceFile = "", [CallerMemberName] string member = "")
    {
        var className = Path.GetFileNameWithoutExtension(sourceFile);
        var result = SnapshotFile.Verify(Path.GetDirectoryName(sourceFile)!, $"{className}.{member}", extension, actual);
        if (!result.Matched)
        {
            var what = result.VerifiedMissing ? "There is no verified snapshot yet" : "The output differs from the verified snapshot";
            Assert.Fail($"{what}. Review {result.ReceivedPath} and accept it (rename to .verified, or run with {SnapshotFile.AcceptVariable}=1).\n{result.Diff}");
        }
    }
}
