using ClaimCheck.Snapshots;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Snapshots;

public class SnapshotScrubberTests
{
    [Test]
    public void Scrub_PathsInAndOutsideTheFolder_BecomeRelativeToIt()
    {
        using var folder = new TempFolder();
        var rules = folder.Write("rules/mine.rules", "");
        var fixtures = Path.Combine(folder.Path, "fixtures");
        var scrubber = SnapshotScrubber.ForFolder(fixtures, [rules]);

        var scrubbed = scrubber.Scrub(
            $"{fixtures}/a.txt(1,1): warning R1: x\n" +
            $"\"path\": \"{rules}\"\n" +
            $"see {Path.GetTempPath().TrimEnd('/')}/other/file\n");

        Assert.That(scrubbed, Is.EqualTo(
            "a.txt(1,1): warning R1: x\n" +
            "\"path\": \"../rules/mine.rules\"\n" +
            "see {TempPath}/other/file\n"));
    }

    [Test]
    public void Scrub_ToolVersion_BecomesAPlaceholder()
    {
        var scrubber = SnapshotScrubber.ForFolder(".", []);

        Assert.That(SnapshotScrubber.ToolVersions, Is.Not.Empty);
        Assert.That(scrubber.Scrub($"claimcheck {SnapshotScrubber.ToolVersions[0]}\n"), Is.EqualTo("claimcheck {ToolVersion}\n"));
        Assert.That(scrubber.Scrub($"version 1{SnapshotScrubber.ToolVersions[^1]}1\n"), Is.EqualTo($"version 1{SnapshotScrubber.ToolVersions[^1]}1\n"), "Only the whole version.");
    }

    [Test]
    public void Scrub_TheFolderNameInsideAWord_IsLeftAlone()
    {
        var scrubber = SnapshotScrubber.ForFolder("examples", []);

        Assert.That(scrubber.Scrub("examples/a.txt and counterexamples/b\n"), Is.EqualTo("a.txt and counterexamples/b\n"));
    }

    [Test]
    public void Scrub_LongerPathsFirst_SoACheckoutInsideTheTempFolderStaysItself()
    {
        // CI clones into a folder that may itself be under /tmp: the repository path must win.
        var scrubber = new SnapshotScrubber();
        scrubber.ReplacePath("/tmp/", "{TempPath}/");
        scrubber.ReplacePath("/tmp/clone/", "{SolutionDirectory}/");

        Assert.That(scrubber.Scrub("\"/tmp/clone/examples/a.txt\" \"/tmp/other\""), Is.EqualTo("\"{SolutionDirectory}/examples/a.txt\" \"{TempPath}/other\""));
    }
}
