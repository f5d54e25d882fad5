using ClaimCheck.Checking;
using ClaimCheck.Model;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Checking;

public class CheckerTests
{
    private static ArticleResult Check(string rules, Article? article = null)
    {
        var ruleSet = RuleSet.FromText(rules);
        Assert.That(ruleSet.Diagnostics, Is.Empty, string.Join("\n", ruleSet.Diagnostics));
        return ruleSet.Check(TestArticles.Document(article ?? TestArticles.Port()));
    }

    [Test]
    public void Checker_Require_FlagsSubjectsWhereConditionIsFalse()
    {
        var result = Check("rule R1 \"Named\"\n  for each statement s\n  require s.source.name is present\n  message \"Unnamed: {s.source.description}\"\n");

        var finding = result.Findings.Single();
        Assert.That(finding.Message, Is.EqualTo("Unnamed: officials"));
        Assert.That(finding.Span, Is.EqualTo(TestArticles.Find("Officials said the port would reopen")));
        Assert.That(result.Outcomes.Single().Status, Is.EqualTo(RuleStatus.Failed));
    }

    [Test]
    public void Checker_Forbid_FlagsSubjectsWhereConditionIsTrue()
    {
        var result = Check("rule R1\n  for each statement s\n  forbid s.source.anonymous and s.source.reason is missing\n");

        Assert.That(result.Findings.Select(f => f.Evidence), Is.EqualTo(new[] { "Officials said the port would reopen" }));
    }

    [Test]
    public void Checker_Report_WithWhere_FlagsEveryRemainingSubject()
    {
        var result = Check("rule R1\n  for each claim c where c.values.count > 0 and not c.attributed\n  report \"The claim about {c.values.first.text} ({c.values}) has no source.\"\n");

        Assert.That(result.Findings.Single().Message, Is.EqualTo("The claim about 12% (12%, 2024) has no source."));
    }

    [Test]
    public void Checker_NoSubjects_IsNotApplicable()
    {
        var result = Check("rule R1\n  for each quote q where q.words > 100\n  report\n");

        Assert.That(result.Outcomes.Single().Status, Is.EqualTo(RuleStatus.NotApplicable));
        Assert.That(result.Score, Is.Null);
    }

    [Test]
    public void Checker_Passing_IsPassedAndScoresPassedOverApplicable()
    {
        var result = Check("rule A1\n  for each quote q\n  require q.statement.speaker.name = \"Ana Reyes\"\nrule A2\n  for each statement s\n  require s.channel is present\nrule A3\n  for each quote q where q.words > 100\n  report\n");

        Assert.That(result.Outcomes.Select(o => o.Status), Is.EqualTo(new[] { RuleStatus.Passed, RuleStatus.Failed, RuleStatus.NotApplicable }));
        Assert.That(result.Score, Is.EqualTo(0.5));
    }

    [Test]
    public void Checker_PolicyRule_PassesWithChannelAndFailsWithout()
    {
        const string rules = "rule ATTR001: statements attributed to a ministry spokesperson must cite a source agency\n";

        var with = Check(rules);
        var without = Check(rules, TestArticles.Port(withChannel: false));

        Assert.That(with.Outcomes.Single().Status, Is.EqualTo(RuleStatus.Passed));
        Assert.That(without.Findings.Single().Evidence, Does.StartWith("The ministry's spokesperson, Ana Reyes"));
        Assert.That(without.Findings.Single().Severity, Is.EqualTo(ClaimCheck.Diagnostics.DiagnosticSeverity.Error));
    }

    [Test]
    public void Checker_Quantifiers_CountAnyAllNone()
    {
        var result = Check("""
            rule Q1
              for each statement s where count(q in s.quotes: q.words = 2) = 1 and any(q in s.quotes: q.text contains "TALKS")
              report "q1"
            rule Q2
              for each statement s where all(q in s.quotes: q.words > 5)
              report "q2 {s.id}"
            rule Q3
              for each statement s where none(q in s.quotes: q.text is present)
              report "q3 {s.id}"
            """);

        Assert.That(result.Findings.Select(f => f.Message), Is.EquivalentTo(new[] { "q1", "q2 s1", "q3 s1" }));
    }

    [Test]
    public void Checker_MissingValues_AreMissingNotErrors()
    {
        var result = Check("rule R1\n  for each statement s\n  require s.channel.outlet.name = \"Radio Norte\"\n  message \"{s.channel.outlet.name}\"\n");

        Assert.That(result.Findings.Single().Message, Is.EqualTo("(missing)"));
        Assert.That(result.Diagnostics, Is.Empty);
    }

    [Test]
    public void Checker_InAndContainsAndMatches()
    {
        var result = Check("""
            rule R1
              for each statement s
              where s.cue.lemma in ["say", "tell"] and s.form not in ["mixed"] and s.content.text matches /PORT|talks/i and not (s.cue.text contains "x")
              report "{s.id}"
            """);

        Assert.That(result.Findings.Select(f => f.Message), Is.EqualTo(new[] { "s1", "s2" }));
    }

    [Test]
    public void Checker_ArticleVariable_IsVisibleInEveryRule()
    {
        var result = Check("rule R1\n  for each claim c where c.paragraph.index = article.paragraphs.count\n  report\nrule R2\n  require article.statements.count = 2\n");

        Assert.That(result.Outcomes.Select(o => o.Status), Is.EqualTo(new[] { RuleStatus.NotApplicable, RuleStatus.Passed }));
    }

    [Test]
    public void Checker_Suppression_MarksFindingAndDoesNotFail()
    {
        var article = TestArticles.Port() with { Suppressions = [new Suppression { Rule = "R*", Span = TestArticles.Find("Officials"), Reason = "wire copy" }] };

        var result = Check("rule R1\n  for each statement s\n  require s.source.name is present\n", article);

        Assert.That(result.Findings.Single().Suppressed, Is.True);
        Assert.That(result.Findings.Single().SuppressionReason, Is.EqualTo("wire copy"));
        Assert.That(result.Outcomes.Single().Status, Is.EqualTo(RuleStatus.Passed));
    }

    [Test]
    public void Checker_SuppressionWithoutReason_IsReportedAsCC6010()
    {
        var article = TestArticles.Port() with { Suppressions = [new Suppression { Rule = "R1", Span = TestArticles.Find("Officials") }] };

        var result = Check("rule R1\n  for each statement s\n  require s.source.name is present\n", article);

        Assert.That(result.Findings.Single().Suppressed, Is.True);
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "CC6010" }));
        Assert.That(result.Diagnostics[0].Location!.Start, Is.EqualTo(new ClaimCheck.Text.LinePosition(0, 0)));
    }

    [Test]
    public void Checker_SuppressionThatMatchesNothing_IsReportedAsCC6011_OnlyForRulesThatRan()
    {
        var article = TestArticles.Port() with
        {
            Suppressions =
            [
                new Suppression { Rule = "R1", Span = TestArticles.Find("Exports fell"), Reason = "stale" },
                new Suppression { Rule = "OTHER9", Reason = "a rule of another pack" },
            ],
        };

        var result = Check("rule R1\n  for each statement s\n  require s.source.name is present\n", article);

        Assert.That(result.Diagnostics.Select(d => (d.Id, d.Message)), Is.EqualTo(new[]
        {
            ("CC6011", "The suppression of 'R1' matched no finding; remove it, or correct its rule ID or place."),
        }));
    }

    [Test]
    public void Checker_Findings_AreOrderedByPositionThenRule()
    {
        var result = Check("rule B1\n  for each statement s\n  report\nrule A1\n  for each statement s\n  report\n");

        Assert.That(result.Findings.Select(f => $"{f.Span.Start}:{f.RuleId}"), Is.EqualTo(new[]
        {
            "0:A1", "0:B1", $"{TestArticles.Find("The ministry").Start}:A1", $"{TestArticles.Find("The ministry").Start}:B1",
        }));
    }

    [Test]
    public void Checker_RuleThatThrows_IsReportedAsCC6001AndOthersRun()
    {
        // A model from another pipeline may carry a span the loader would have refused.
        var broken = TestArticles.Port() with { Paragraphs = [new Paragraph { Index = 0, Span = new ClaimCheck.Text.TextSpan(-5, 2) }] };

        var result = Check("rule P1\n  for each paragraph p\n  require p.text is present\nrule S1\n  for each statement s\n  report\n", broken);

        Assert.That(result.Diagnostics.Single().Id, Is.EqualTo("CC6001"));
        Assert.That(result.Outcomes.Select(o => (o.RuleId, o.Status)), Is.EqualTo(new[] { ("P1", RuleStatus.Error), ("S1", RuleStatus.Failed) }));
    }

    [Test]
    public void Checker_HugeMessage_IsCapped()
    {
        var result = Check("rule R1\n  report \"{article.text}{article.text}{article.text}{article.text}{article.text}{article.text}{article.text}{article.text}{article.text}{article.text}{article.text}{article.text}{article.text}{article.text}{article.text}{article.text}{article.text}{article.text}{article.text}\"\n");

        Assert.That(result.Findings.Single().Message.Length, Is.LessThanOrEqualTo(2001));
    }
}
