namespace ClaimCheck.Tests.Support;

/// <summary>Finds files of the repository from the test's output folder, whatever the working directory.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The folder of the test source file that calls this, for snapshots kept beside the tests.</summary>
    public static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(path)!;

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ClaimCheck.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("ClaimCheck.sln not found above the test folder.");
    }
}
