using ClaimCheck.Configuration;
using ClaimCheck.Diagnostics;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Configuration;

public class ConfigLoaderTests
{
    private static (ClaimCheckConfig Config, IReadOnlyList<Diagnostic> Diagnostics) Load(string yaml)
    {
        using var folder = new TempFolder();
        var path = folder.Write("claimcheck.yaml", yaml);
        var (config, diagnostics) = ConfigLoader.Load(path);
        return (config, diagnostics);
    }

    [Test]
    public void Config_Valid_ReadsEveryKey()
    {
        var (config, diagnostics) = Load("""
            # house rules
            rules:
              - bundled:
              - desk.rules
            severity:
              STYLE*: off
              CLAIM001: error
            fail-on: warning
            include: ["**/*.json"]
            exclude: drafts/**
            """);

        Assert.That(diagnostics, Is.Empty);
        Assert.That(config.Rules[0], Is.EqualTo("bundled:"));
        Assert.That(config.Rules[1], Does.EndWith("/desk.rules"));
        Assert.That(config.Severity, Is.EqualTo(new[] { new SeverityOverride("STYLE*", null), new SeverityOverride("CLAIM001", DiagnosticSeverity.Error) }));
        Assert.That(config.FailOn, Is.EqualTo(DiagnosticSeverity.Warning));
        Assert.That(config.Include, Is.EqualTo(new[] { "**/*.json" }));
        Assert.That(config.Exclude, Is.EqualTo(new[] { "drafts/**" }));
    }

    [Test]
    public void Config_UnknownKey_ReportsCC5102WithSuggestionAtItsLine()
    {
        var (_, diagnostics) = Load("rules: []\nfail_on: warning\n");

        var diagnostic = diagnostics.Single();
        Assert.That(diagnostic.Id, Is.EqualTo("CC5102"));
        Assert.That(diagnostic.Message, Is.EqualTo("'fail_on' is not a configuration key; did you mean 'fail-on'?"));
        Assert.That((diagnostic.Location!.Start.Line, diagnostic.Location.Start.Character), Is.EqualTo((1, 0)));
    }

    [Test]
    public void Config_BadSeverity_ReportsCC5103AtTheValue()
    {
        var (_, diagnostics) = Load("severity:\n  STYLE*: of\n  ATTR*X: off\n");

        Assert.That(diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "CC5103", "CC5103" }));
        Assert.That(diagnostics[0].Message, Is.EqualTo("'severity.STYLE*': expected error, warning, info or off, found 'of' (did you mean 'off'?)."));
        Assert.That((diagnostics[0].Location!.Start.Line, diagnostics[0].Location!.Start.Character), Is.EqualTo((1, 10)));
        Assert.That(diagnostics[1].Message, Does.Contain("'ATTR*X' is not a rule ID or a prefix glob"));
    }

    [Test]
    public void Config_BadFailOn_ReportsCC5103()
    {
        var (config, diagnostics) = Load("fail-on: sometimes\n");

        Assert.That(diagnostics.Single().Id, Is.EqualTo("CC5103"));
        Assert.That(config.FailOn, Is.EqualTo(DiagnosticSeverity.Error), "the default stays");
    }

    [Test]
    public void Config_NotYaml_ReportsCC5101()
    {
        var (_, diagnostics) = Load("rules: [a, b\nseverity: {\n");

        Assert.That(diagnostics.Single().Id, Is.EqualTo("CC5101"));
    }

    [Test]
    public void Config_Unreadable_ReportsCC5104()
    {
        Assume.That(File.Exists("/proc/self/mem"), "needs Linux /proc");

        var (_, diagnostics) = ConfigLoader.Load("/proc/self/mem");

        Assert.That(diagnostics.Single().Id, Is.EqualTo("CC5104"));
    }

    [Test]
    public void Finder_WalksUpFromTheArticle()
    {
        using var folder = new TempFolder();
        var config = folder.Write("claimcheck.yaml", "fail-on: info\n");
        var article = folder.Write("desk/2025/story.json", "{}");

        Assert.That(ConfigFinder.Find(article), Is.EqualTo(config));
    }

    [Test]
    public void Overrides_OffRemovesAndExactBeatsGlob()
    {
        var ruleSet = RuleSet.FromText("rule STYLE001\n  report\nrule STYLE002\n  report\nrule CLAIM001\n  severity info\n  report\n");

        var overridden = ruleSet.WithSeverities([new SeverityOverride("STYLE*", null), new SeverityOverride("STYLE002", DiagnosticSeverity.Error), new SeverityOverride("CLAIM*", DiagnosticSeverity.Warning)]);

        Assert.That(overridden.Rules.Select(r => (r.Id, r.Severity)), Is.EqualTo(new[]
        {
            ("CLAIM001", DiagnosticSeverity.Warning), ("STYLE002", DiagnosticSeverity.Error),
        }));
    }
}
