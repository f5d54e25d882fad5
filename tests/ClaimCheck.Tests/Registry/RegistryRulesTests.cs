using System.Text.Json.Nodes;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Registry;

/// <summary>The bundled registry rules, end to end through the real command line.</summary>
public class RegistryRulesTests
{
    private static JsonNode Report(CliRunner.Result result) => JsonNode.Parse(result.Output)!["articles"]![0]!;

    private static string Status(JsonNode article, string rule) =>
        (string)article["outcomes"]!.AsArray().Single(o => (string?)o!["rule"] == rule)!["status"]!;

    [Test]
    public void Check_SeedWithRegistry_FlagsThePrimeMinisterTitleAtItsMention()
    {
        var result = CliRunner.RunInRepo("check", "examples/damascus.json", "--registry", "examples/registry.yaml");

        Assert.That(result.Error, Is.Empty);
        Assert.That(result.ExitCode, Is.EqualTo(1), "REG001 is an error.");
        Assert.That(result.Output, Does.Contain(
            "examples/damascus.txt(5,84): error REG001: Ahmed al-Sharaa is called “transitional Prime Minister”, an office the registry does not record for this person at any time; " +
            "it records: President of Syria (from 2025-01-29), Leader of the Syrian caretaker administration (2024-12-08 to 2025-01-29)."));
        Assert.That(result.Output, Does.Contain(
            "examples/damascus.txt(4,81): warning REG003: “Novosti agency” is a partial or informal name; the registry's full name is RIA Novosti."));
        Assert.That(result.Output, Does.Contain("examples/damascus.txt(4,1): warning REG004: RIA Novosti is a state news agency of Russia"));
    }

    [Test]
    public void Check_SeedWithRegistry_CorrectTitlesPassAndDatedRulesAreNotApplicable()
    {
        var article = Report(CliRunner.RunInRepo("check", "examples/damascus.json", "--registry", "examples/registry.yaml", "--format", "json"));

        var reg001 = article["outcomes"]!.AsArray().Single(o => (string?)o!["rule"] == "REG001")!;
        Assert.That((int)reg001["subjects"]!, Is.EqualTo(4), "al-Shar’a, al-Baba, Maher al-Shar’a and Vershinin carry titles; only one is wrong.");
        Assert.That((int)reg001["findings"]!, Is.EqualTo(1));
        Assert.That(Status(article, "REG002"), Is.EqualTo("not-applicable"), "The seed has no publication date.");
        Assert.That(Status(article, "REG005"), Is.EqualTo("not-applicable"));
    }

    [Test]
    public void Check_SeedWithCorrectedTitleAndLabel_TitleAndStateAgencyRulesPass()
    {
        using var folder = new TempFolder();
        folder.Copy("examples/registry.yaml");
        var model = JsonNode.Parse(File.ReadAllText(RepoPaths.Of("examples", "damascus.json")))!;
        var sharaa = model["entities"]!.AsArray().Single(e => (string?)e!["id"] == "e-ahmad-sharaa")!;
        sharaa["mentions"]![0]!["title"] = "transitional President";
        var statement = model["statements"]!.AsArray().Single(s => (string?)s!["id"] == "s2")!;
        statement["channel"]!["text"] = "in remarks to Russia’s state news agency";
        model.AsObject().Remove("source");
        folder.Write("damascus.json", model.ToJsonString());

        var article = Report(CliRunner.Run(folder.Path, "check", "damascus.json", "--registry", "registry.yaml", "--format", "json"));

        Assert.That(Status(article, "REG001"), Is.EqualTo("passed"));
        Assert.That(Status(article, "REG004"), Is.EqualTo("passed"));
        Assert.That(Status(article, "REG003"), Is.EqualTo("failed"), "The mention is still “Novosti agency”.");
    }

    [Test]
    public void Check_SeedWithoutRegistry_RegistryRulesAreNotApplicableAndExitIsZero()
    {
        var result = CliRunner.RunInRepo("check", "examples/damascus.json", "--format", "json");
        var article = Report(result);

        Assert.That(result.ExitCode, Is.EqualTo(0));
        foreach (var rule in new[] { "REG001", "REG002", "REG003", "REG004", "REG005" })
            Assert.That(Status(article, rule), Is.EqualTo("not-applicable"), rule);
    }

    [Test]
    public void Check_RegistryWithMalformedDateAndDuplicateAlias_GivesTwoLocatedDiagnosticsAndExitTwo()
    {
        using var folder = new TempFolder();
        folder.Copy("examples/damascus.json");
        folder.Copy("examples/damascus.txt");
        folder.Write("bad.yaml", "people:\n  - id: a\n    name: A\n    aliases: [Al]\n    offices:\n      - title: T\n        from: 2025-1-1\n  - id: b\n    name: B\n    aliases: [Al]\n");

        var result = CliRunner.Run(folder.Path, "check", "damascus.json", "--registry", "bad.yaml");

        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Output, Is.Empty);
        var lines = result.Error.Split('\n').Where(l => l.StartsWith("bad.yaml(", StringComparison.Ordinal)).ToArray();
        Assert.That(lines, Is.EqualTo(new[]
        {
            "bad.yaml(7,15): error CC5005: '2025-1-1' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.",
            "bad.yaml(10,15): error CC5008: The alias 'Al' is already a name of 'a' at bad.yaml(4,15); an alias must name one entry.",
        }));
    }

    [Test]
    public void Check_DatedArticle_TitleNotYetHeldAndTitleHeldBySomeoneElseAreFlagged()
    {
        using var folder = new TempFolder();
        folder.Copy("examples/port-strike.json");
        folder.Copy("examples/port-strike.txt");
        // Fictional, like the article: Whitfield becomes president only after the strike; the authority's spokesperson is someone else.
        folder.Write("port.registry.yaml", """
            people:
              - id: whitfield
                name: Dana Whitfield
                offices:
                  - title: president
                    organization: union
                    from: 2026-01
              - id: ortega
                name: Luisa Ortega
                offices:
                  - title: spokesperson
                    organization: authority
                    from: 2020
            organizations:
              - id: union
                name: Harbour Workers' Union
              - id: authority
                name: Kestrel Port Authority
            """);

        var result = CliRunner.Run(folder.Path, "check", "port-strike.json", "--registry", "port.registry.yaml");

        Assert.That(result.Output, Does.Contain("error REG002: Dana Whitfield did not hold the title “president” on 2025-04-14, the publication date; the registry has: president (from 2026-01)."));
        Assert.That(result.Output, Does.Contain("warning REG005: Marcus Lee is not in the registry, which gives the title “spokesperson” at Kestrel Port Authority on 2025-04-14 to someone else (it has: Luisa Ortega)."));
    }

    [Test]
    public void Check_EntityThatFitsTwoEntries_IsLeftUnlinkedAndSaidSo()
    {
        using var folder = new TempFolder();
        folder.Copy("examples/damascus.json");
        folder.Copy("examples/damascus.txt");
        folder.Write("two.yaml", "people:\n  - id: v1\n    name: Sergey Vershinin\n  - id: v2\n    name: Sergey Vershinin\n");

        var result = CliRunner.Run(folder.Path, "check", "damascus.json", "--registry", "two.yaml");

        Assert.That(result.Output, Does.Contain("damascus.txt(7,135): info CC5040: 'Sergey Vershinin' could be 'v1' (Sergey Vershinin) or 'v2' (Sergey Vershinin) in the registry, so it is left unlinked."));
    }

    [Test]
    public void Check_FolderWithARegistryFile_DoesNotReadItAsAnArticle()
    {
        var result = CliRunner.RunInRepo("check", "examples");

        Assert.That(result.Error, Does.Not.Contain("registry.yaml"));
        Assert.That(result.ExitCode, Is.Not.EqualTo(2));
    }
}
