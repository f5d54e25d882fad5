using ClaimCheck.Model.Loading;
using ClaimCheck.Reporting;
using ClaimCheck.Testing;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Testing;

public class SnapshotTests
{
    [Test]
    public void Verify_ReportOfAnArticleLoadedByItsFullPath_HoldsNoMachinePath()
    {
        var ruleSet = RuleSet.FromText("rule R9 \"Figures\"\n  severity info\n  for each claim c where c.values.count > 0 and not c.attributed\n  report \"{c.values.first.text}\"\n");
        var document = ArticleLoader.Load(RepoPaths.Of("examples", "port-strike.json")).Document!;

        Snapshot.Verify(new ComplianceReport(ruleSet.Rules, [ruleSet.Check(document)], []), ReportFormat.Json);

        var verified = File.ReadAllText(Path.Combine(RepoPaths.SourceFolder(), "SnapshotTests.Verify_ReportOfAnArticleLoadedByItsFullPath_HoldsNoMachinePath.verified.json"));
        Assert.That(verified, Does.Contain("\"path\": \"{SolutionDirectory}/examples/port-strike.txt\"").And.Not.Contain(RepoPaths.Root));
    }

    [Test]
    public void Verify_Mismatch_FailsWithTheDiffAndWritesTheReceivedFile()
    {
        var received = Path.Combine(RepoPaths.SourceFolder(), "SnapshotTests.Verify_Mismatch_FailsWithTheDiffAndWritesTheReceivedFile_probe.received.txt");
        try
        {
            var failure = Assert.Throws<AssertionException>(() => Snapshot.Verify("new line\n", name: "probe"));

            Assert.That(failure!.Message, Does.Contain("-old line\n+new line\n"));
            Assert.That(File.ReadAllText(received), Is.EqualTo("new line\n"));
        }
        finally
        {
            File.Delete(received);
        }
    }
}
