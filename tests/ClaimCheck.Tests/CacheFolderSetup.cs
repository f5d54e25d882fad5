using ClaimCheck.Tests.Predicates;

/// <summary>
/// Points every test's C# block cache at a temporary folder (through CLAIMCHECK_CACHE_DIR), so
/// running the tests never writes into the user's own cache.
/// </summary>
[SetUpFixture]
public sealed class CacheFolderSetup
{
    [OneTimeSetUp]
    public void UseTemporaryCache() => Environment.SetEnvironmentVariable("CLAIMCHECK_CACHE_DIR", CSharpRules.CacheFolder);

    [OneTimeTearDown]
    public void RemoveTemporaryCache()
    {
        try
        {
            if (Directory.Exists(CSharpRules.CacheFolder))
                Directory.Delete(CSharpRules.CacheFolder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
