using ClaimCheck.Checking;
using ClaimCheck.Model;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Predicates;

public class CSharpBlockTests
{
    private static Article WithQuote(string quote)
    {
        var article = TestArticles.Port();
        var statements = article.Statements.ToList();
        statements[1] = statements[1] with { Quotes = [new Quote { Text = quote, Span = TestArticles.Find("talks continue") }] };
        return article with { Statements = statements };
    }

    [Test]
    public void CSharp_DesignDocExample_FlagsOnlyLongQuotes()
    {
        const string rules = "rule QUOTE020 \"Long quotes\"\n  for each quote q\n  where csharp { q.Text.Split(' ').Length > 60 }\n  report \"A quote of {q.words} words; consider a paraphrase.\"\n";
        var longQuote = string.Join(' ', Enumerable.Repeat("word", 61));

        var flagged = CSharpRules.Check(rules, WithQuote(longQuote));
        var passed = CSharpRules.Check(rules);

        Assert.That(flagged.Findings.Select(f => f.Message), Is.EqualTo(new[] { "A quote of 61 words; consider a paraphrase." }));
        Assert.That(passed.Findings, Is.Empty);
        Assert.That(passed.Outcomes.Single().Status, Is.EqualTo(RuleStatus.NotApplicable));
    }

    [Test]
    public void CSharp_BlocksAreTypedByTheirCSharpType()
    {
        var result = CSharpRules.Check("""
            rule T1
              for each quote q
              where csharp { q.Text.Length } > 3
              report "Upper: {csharp { q.Text.ToUpperInvariant() }}; count: {csharp { q.Text.Split(' ').Count() }}."

            rule T2
              require csharp { article.Entities.FirstOrDefault(e => e.Name == "Nobody") } is present
              message "First entity: {csharp { article.Entities.First() }}."

            rule T3
              require none(s in csharp { article.Statements.Where(s => s.Quotes.Count > 0) }: s.form = "direct")
              message "A direct statement with quotes."

            rule T4
              require csharp { new DateOnly(2024, 1, 2) } > 2025-01-01
              message "Dates compare."

            rule T5
              for each statement s
              where any(x in s.quotes: csharp { x.Text.Contains("talks") })
              report "Statement {s.id} mentions talks; index sees {csharp { index.Quotes.Count }} quote."
            """);

        Assert.That(result.Findings.Select(f => $"{f.RuleId}: {f.Message}"), Is.EqualTo(new[]
        {
            "T2: First entity: Ministry of Transport.",
            "T3: A direct statement with quotes.",
            "T4: Dates compare.",
            "T5: Statement s2 mentions talks; index sees 1 quote.",
            "T1: Upper: TALKS CONTINUE; count: 2.",
        }));
    }

    [Test]
    public void CSharp_StatementsEndingInReturn_AreABlockBody()
    {
        var result = CSharpRules.Check("""
            rule B1
              for each statement s
              where csharp {
                var words = 0;
                foreach (var q in s.Quotes)
                    words += q.Text.Split(' ').Length;
                return words >= 2;
              }
              report "Two quoted words or more."
            """);

        Assert.That(result.Findings.Select(f => f.Evidence), Has.Exactly(1).StartsWith("The ministry's spokesperson"),
            string.Join("\n", result.Diagnostics.Select(d => d.Message).Concat(result.Outcomes.Select(o => o.ToString()))));
    }

    [Test]
    public void CSharp_BlockInAPhrase_WorksInAPolicySentence()
    {
        var result = CSharpRules.Check("""
            phrase quote q "be short" means csharp { q.Text.Split(' ').Length <= 1 }

            rule P1: quotes must be short
            """);

        Assert.That(result.Findings.Select(f => f.Evidence), Is.EqualTo(new[] { "talks continue" }));
    }

    [Test]
    public void CSharp_BlockThatIsNotACondition_ReportsCC2011() =>
        CSharpRules.Markup("rule R1\n  for each quote q\n  where {|CC2011:csharp { q.Text.Length }|}\n  report\n");

    [Test]
    public void CSharp_UnknownName_ReportsCC3001AtItsPlaceInTheRuleFile()
    {
        var ruleSet = CSharpRules.Markup("rule R1\n  for each quote q\n  where csharp { {|CC3001:x|} > 3 }\n  report\n\nrule R2\n  report \"Still here.\"\n");

        var diagnostic = ruleSet.Diagnostics.Single();
        Assert.That(diagnostic.Message, Is.EqualTo("CS0103: The name 'x' does not exist in the current context."));
        Assert.That(diagnostic.ToString(), Does.StartWith("test.rules(3,18): error CC3001: CS0103"));
        Assert.That(ruleSet.Rules.Select(r => r.Id), Is.EqualTo(new[] { "R2" }));
    }

    [Test]
    public void CSharp_ErrorsOfSeveralBlocks_AreEachMappedToTheirBlock() =>
        CSharpRules.Markup("rule R1\n  for each quote q\n  where csharp { q.{|CC3001:Txt|}.Length > 3 }\n  report\n\nrule R2\n  for each claim c\n  require csharp { c.Text.Length > {|CC3001:|}}\n");

    [Test]
    public void CSharp_BlockOfAnUnusableType_ReportsCC3003() =>
        CSharpRules.Markup("rule R1\n  for each quote q\n  report \"At {{|CC3003:csharp { q.Span }|}}.\"\n");
}
