using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Predicates;

public class CSharpCacheTests
{
    private const string Rules = "rule LONG\n  for each quote q\n  where csharp { q.Text.Split(' ').Length > 1 }\n  report \"Quote of {csharp { q.Text.Length }} characters.\"\n";

    private static (bool? FromCache, string[] Findings) Run(string cache, string rules = Rules)
    {
        var ruleSet = CSharpRules.Load(rules, CSharpRules.Options(cache: cache));
        Assert.That(ruleSet.Diagnostics, Is.Empty);
        var findings = ruleSet.Check(TestArticles.Document(TestArticles.Port())).Findings.Select(f => f.Message).ToArray();
        return (ruleSet.CSharpBlocksFromCache, findings);
    }

    private static string Entry(TempFolder folder) => Directory.GetFiles(folder.Path, "*.ccblocks").Single();

    [Test]
    public void Cache_WarmRun_LoadsTheCompiledBlocks()
    {
        using var folder = new TempFolder();

        var cold = Run(folder.Path);
        var warm = Run(folder.Path);

        Assert.That((cold.FromCache, warm.FromCache), Is.EqualTo(((bool?)false, (bool?)true)));
        Assert.That(warm.Findings, Is.EqualTo(cold.Findings).And.EqualTo(new[] { "Quote of 14 characters." }));
        Assert.That(Directory.GetFiles(folder.Path), Has.Length.EqualTo(1), "only the entry, no temporary files");
    }

    [Test]
    public void Cache_OtherBlocks_GetTheirOwnEntry()
    {
        using var folder = new TempFolder();

        Run(folder.Path);
        var other = Run(folder.Path, Rules.Replace("> 1", "> 0"));

        Assert.That(other.FromCache, Is.False);
        Assert.That(Directory.GetFiles(folder.Path, "*.ccblocks"), Has.Length.EqualTo(2));
    }

    [TestCase("flip", TestName = "Cache_CorruptEntry_IsRebuilt")]
    [TestCase("truncate", TestName = "Cache_TruncatedEntry_IsRebuilt")]
    [TestCase("empty", TestName = "Cache_EmptyEntry_IsRebuilt")]
    public void Cache_DamagedEntry_IsRebuiltNotTrusted(string damage)
    {
        using var folder = new TempFolder();
        Run(folder.Path);
        var path = Entry(folder);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, damage switch
        {
            "flip" => [.. bytes[..(bytes.Length / 2)], (byte)(bytes[bytes.Length / 2] ^ 0xFF), .. bytes[(bytes.Length / 2 + 1)..]],
            "truncate" => bytes[..(bytes.Length - 40)],
            _ => [],
        });

        var rebuilt = Run(folder.Path);
        var after = Run(folder.Path);

        Assert.That((rebuilt.FromCache, after.FromCache), Is.EqualTo(((bool?)false, (bool?)true)));
        Assert.That(rebuilt.Findings, Is.EqualTo(new[] { "Quote of 14 characters." }));
    }

    [Test]
    public void Cache_ForeignEntryUnderThisKey_IsRebuilt()
    {
        // A whole, valid entry of other blocks, renamed to this rule set's key: its key header does not match.
        using var folder = new TempFolder();
        using var other = new TempFolder();
        Run(folder.Path);
        Run(other.Path, Rules.Replace("> 1", "> 0"));
        File.Copy(Entry(other), Entry(folder), overwrite: true);

        var rebuilt = Run(folder.Path);

        Assert.That(rebuilt.FromCache, Is.False);
        Assert.That(rebuilt.Findings, Is.EqualTo(new[] { "Quote of 14 characters." }));
    }

    [Test]
    public void Cache_RuleSetWithoutBlocks_WritesNothing()
    {
        using var folder = new TempFolder();

        var ruleSet = CSharpRules.Load("rule R1\n  report \"Plain.\"\n", CSharpRules.Options(cache: folder.Path));

        Assert.That(ruleSet.CSharpBlocksFromCache, Is.Null);
        Assert.That(Directory.GetFiles(folder.Path), Is.Empty);
    }
}
