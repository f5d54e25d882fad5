using System.Text.Json.Nodes;
using ClaimCheck.Reporting;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Reporting;

/// <summary>A finding's fingerprint follows its evidence, not its line: baselines rely on it.</summary>
public class FingerprintTests
{
    private const string Closing = "It is worth noting that Russia";

    private static List<(string Rule, int Line, string Fingerprint)> Results(JsonNode model)
    {
        using var folder = new TempFolder();
        SeedFixtures.Write(folder, model);
        var result = CliRunner.Run(folder.Path, "check", "damascus.json", "--format", "sarif");
        Assert.That(result.Error, Is.Empty);
        SarifSchema.AssertValid(result.Output);
        return JsonNode.Parse(result.Output)!["runs"]![0]!["results"]!.AsArray()
            .Select(r => ((string)r!["ruleId"]!, (int)r["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!,
                (string)r["partialFingerprints"]![FindingFingerprints.SarifKey]!))
            .ToList();
    }

    private static int ClosingStart(JsonNode model) => ((string)model["text"]!).IndexOf(Closing, StringComparison.Ordinal);

    [Test]
    public void Fingerprint_PassageMovedDownByANewParagraph_StaysTheSame()
    {
        var before = Results(SeedFixtures.Model());
        var model = SeedFixtures.Model();
        var moved = Results(SeedFixtures.InsertParagraph(model, ClosingStart(model), "Officials in Damascus did not comment on the bases."));

        var claim = before.Single(r => r.Rule == "CLAIM002");
        var movedClaim = moved.Single(r => r.Rule == "CLAIM002");
        Assert.That(movedClaim.Line, Is.EqualTo(claim.Line + 1), "The passage moved down a line.");
        Assert.That(movedClaim.Fingerprint, Is.EqualTo(claim.Fingerprint));
        Assert.That(moved.Select(r => r.Fingerprint), Is.EquivalentTo(before.Select(r => r.Fingerprint)), "Every finding keeps its identity.");
    }

    [Test]
    public void Fingerprint_EvidenceTextChanged_Changes()
    {
        var before = Results(SeedFixtures.Model());
        // Same length, so no span moves: only the words of the evidence (and the fields quoting them) differ.
        var model = JsonNode.Parse(SeedFixtures.Model().ToJsonString().Replace("Hmeimim Air Base", "Hmeimim Airfield", StringComparison.Ordinal))!;
        var changed = Results(model);

        Assert.That(changed.Single(r => r.Rule == "CLAIM002").Fingerprint, Is.Not.EqualTo(before.Single(r => r.Rule == "CLAIM002").Fingerprint));
        Assert.That(changed.Single(r => r.Rule == "STYLE001").Fingerprint, Is.EqualTo(before.Single(r => r.Rule == "STYLE001").Fingerprint), "Findings elsewhere keep theirs.");
    }

    [Test]
    public void Fingerprint_IdenticalFindings_AreToldApartByOccurrence()
    {
        var ruleSet = RuleSet.FromText("rule R1\n  for each quote q\n  report\n");
        var result = ruleSet.Check(TestArticles.Document(TestArticles.Port()));
        var twice = result with { Findings = [result.Findings[0], result.Findings[0]] };

        var fingerprints = FindingFingerprints.Of(twice);

        Assert.That(fingerprints[0], Is.Not.EqualTo(fingerprints[1]));
        Assert.That(FindingFingerprints.Of(result)[0], Is.EqualTo(fingerprints[0]));
    }

    [Test]
    public void Fingerprint_Normalize_CollapsesWhitespace() =>
        Assert.That(FindingFingerprints.Normalize("  talks\n   continue\t"), Is.EqualTo("talks continue"));
}
