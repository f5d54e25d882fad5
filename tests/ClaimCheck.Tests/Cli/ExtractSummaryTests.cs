using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Cli;

public class ExtractSummaryTests
{
    [Test]
    public void ExtractText_OnTheSeed_SaysWhoSaidWhatThroughWhichChannel_AndWhatIsUnsourced()
    {
        var result = CliRunner.RunInRepo("extract", "examples/damascus.txt", "--format", "text");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Output, Does.Contain("  s2 (4,1)  Nour al-Din al-Baba (spokesperson, Syrian Ministry of Interior)\n"
            + "      stated (mixed, 2 quotes), through remarks: in remarks to Russia’s Novosti agency [Novosti]\n"
            + "      “when there are common threats and within prior understandings”\n"));
        Assert.That(result.Output, Does.Contain("through statement: a statement issued by the Russian Ministry of Foreign Affairs"));
        Assert.That(result.Output, Does.Match(@"c\d+ \(9,25\)  Russia continues to maintain a strategic presence in Syria since its military intervention in 2015,.*\[2015\]"));
    }

    [Test]
    public void ExtractText_OfAModel_SaysWhenASourceGivesNoReason()
    {
        var result = CliRunner.RunInRepo("extract", "examples/port-strike.json", "--format", "text");

        Assert.That(result.Output, Does.Contain("unnamed: officials (no reason given)"));
        Assert.That(result.Output, Does.Contain("(reason: "));
    }
}
