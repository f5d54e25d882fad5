using ClaimCheck.Checking;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Predicates;

public class CSharpTimeLimitTests
{
    private const string GoodRules = """

        rule GOOD
          for each claim c
          forbid c.values.count > 0 and not c.attributed
          message "Unsourced figure."

        rule GOOD_CSHARP
          for each quote q
          report "Quote of {csharp { q.Text.Length }} characters."
        """;

    private static ArticleResult CheckWithLimit(string rule) =>
        CSharpRules.Check(rule + GoodRules, options: CSharpRules.Options(limit: TimeSpan.FromMilliseconds(50)));

    [TestCase("while (true) { }", TestName = "TimeLimit_InfiniteWhile_IsStoppedAndReportedAsCC6002")]
    [TestCase("for (var i = 0; ; i++) { } ", TestName = "TimeLimit_InfiniteFor_IsStoppedAndReportedAsCC6002")]
    [TestCase("var n = 0; do { n++; } while (n >= 0 || true);", TestName = "TimeLimit_InfiniteDo_IsStoppedAndReportedAsCC6002")]
    [TestCase("var n = Enumerable.Range(0, int.MaxValue).Select(i => Enumerable.Range(0, int.MaxValue).Count(j => j >= 0)).Sum();", TestName = "TimeLimit_HugeLinq_IsStoppedAndReportedAsCC6002")]
    public void TimeLimit_LongBlock_IsStopped_AndTheOtherRulesAndArticlesGoOn(string statements)
    {
        var result = CheckWithLimit($"rule SPIN\n  for each statement s\n  require csharp {{ {statements} return true; }}\n");

        Assert.That(result.Diagnostics.Select(d => $"{d.Id}: {d.Message}"),
            Is.EqualTo(new[] { "CC6002: Rule 'SPIN' was stopped on this article: its C# blocks ran longer than 50 ms." }));
        Assert.That(result.Outcomes.Select(o => $"{o.RuleId} {o.Status}"), Is.EqualTo(new[] { "GOOD Failed", "GOOD_CSHARP Failed", "SPIN Error" }));
        Assert.That(result.Findings.Select(f => f.Message), Is.EquivalentTo(new[] { "Unsourced figure.", "Quote of 14 characters." }));
    }

    [Test]
    public void TimeLimit_EndlessRecursion_IsStoppedBeforeTheStackOverflows()
    {
        var result = CheckWithLimit("rule DEEP\n  require csharp { int Down(int n) => Down(n + 1) + 1; return Down(0) > 0; }\n");

        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "CC6001" }).Or.EqualTo(new[] { "CC6002" }));
        Assert.That(result.Outcomes.Single(o => o.RuleId == "DEEP").Status, Is.EqualTo(RuleStatus.Error));
        Assert.That(result.Findings, Has.Length.EqualTo(2));
    }

    [Test]
    public void TimeLimit_EachArticle_HasItsOwnBudget()
    {
        // The limit is per rule and per article: a second article still runs the good rules and stops the spinning one again.
        var ruleSet = CSharpRules.Load("rule SPIN\n  require csharp { while (true) { } return true; }\n" + GoodRules, CSharpRules.Options(limit: TimeSpan.FromMilliseconds(20)));
        var first = ruleSet.Check(TestArticles.Document(TestArticles.Port()));
        var second = ruleSet.Check(TestArticles.Document(TestArticles.Port()));

        Assert.That(new[] { first, second }.Select(r => r.Diagnostics.Single().Id), Is.EqualTo(new[] { "CC6002", "CC6002" }));
        Assert.That(second.Findings, Has.Length.EqualTo(2));
    }

    [Test]
    public void TimeLimit_ABlockThatRunsOutOfMemory_IsReportedAsCC6001_AndTheRunGoesOn()
    {
        var result = CSharpRules.Check("rule HUGE\n  require csharp { new string('x', int.MaxValue).Length > 0 }\n" + GoodRules);

        Assert.That(result.Diagnostics.Select(d => d.Message), Is.EqualTo(new[] { "Rule 'HUGE' could not be evaluated on this article: A C# block ran out of memory." }));
        Assert.That(result.Findings, Has.Length.EqualTo(2));
    }

    [Test]
    public void TimeLimit_ABlockThatThrows_IsReportedAsCC6001()
    {
        var result = CSharpRules.Check("rule THROWS\n  for each quote q\n  require csharp { q.Text[1000] == 'x' }\n" + GoodRules);

        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "CC6001" }));
        Assert.That(result.Findings, Has.Length.EqualTo(2));
    }
}
