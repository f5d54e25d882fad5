using ClaimCheck.Syntax;
using ClaimCheck.Syntax.Clauses;
using ClaimCheck.Syntax.Members;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Syntax;

public class ParserTests
{
    [Test]
    public void Parser_FullRule_ParsesEveryClause()
    {
        var tree = SyntaxTree.Parse("""
            rule ATTR002 "Direct quotes name their speaker"
              severity warning
              tags sourcing, quotes
              for each quote q where q.words > 3
              where q.text is present
              require q.statement.source.name is present
              forbid q.text matches /^\s*$/
              message "Quote “{q.text}” has no named speaker."
              help "Name the person."
            """);

        Assert.That(tree.Diagnostics, Is.Empty);
        var rule = (RuleSyntax)tree.Members.Single();
        Assert.That(rule.Id.Text, Is.EqualTo("ATTR002"));
        Assert.That(rule.Title!.Value, Is.EqualTo("Direct quotes name their speaker"));
        Assert.That(rule.Clauses.Select(c => c.Keyword), Is.EqualTo(new[] { "severity", "tags", "for each", "where", "require", "forbid", "message", "help" }));
    }

    [Test]
    public void Parser_PolicySentence_KeepsWordsWithSpans()
    {
        const string text = "rule ATTR001: statements attributed to a ministry spokesperson must cite a source agency\n";
        var tree = SyntaxTree.Parse(text);

        var rule = (PolicyRuleSyntax)tree.Members.Single();
        Assert.That(rule.Sentence.Words.Select(w => w.Text).First(), Is.EqualTo("statements"));
        Assert.That(rule.Sentence.Words.Length, Is.EqualTo(11));
        Assert.That(tree.Text.ToString(rule.Sentence.Span), Is.EqualTo("statements attributed to a ministry spokesperson must cite a source agency"));
    }

    [TestCase("require a = b", "(a = b)")]
    [TestCase("require a or b and not c", "(a or (b and (not c)))")]
    [TestCase("require not a.b is present", "(not (a.b is present))")]
    [TestCase("require a is not present", "(a is missing)")]
    [TestCase("require x.y not in [\"a\", \"b\"]", "(x.y not in [\"a\", \"b\"])")]
    [TestCase("require t not contains \"x\"", "(t not contains \"x\")")]
    [TestCase("require t not matches /a\\/b/i", "(t not matches /a/b/i)")]
    [TestCase("require count(q in s.quotes: q.words > 5) >= 2", "(count(q in s.quotes: (q.words > 5)) >= 2)")]
    [TestCase("require all(q in s.quotes: q.text is present)", "all(q in s.quotes: (q.text is present))")]
    [TestCase("require a.published < 2024-12-08 and n <= -1.5", "((a.published < 2024-12-08) and (n <= -1.5))")]
    [TestCase("require (a or b) and c", "((a or b) and c)")]
    [TestCase("require s.quotes.count != 0", "(s.quotes.count != 0)")]
    public void Parser_Expressions_RoundTripWithPrecedence(string clause, string printed)
    {
        var tree = SyntaxTree.Parse($"rule R1\n  {clause}\n");

        Assert.That(tree.Diagnostics, Is.Empty, string.Join("\n", tree.Diagnostics));
        var require = ((RuleSyntax)tree.Members.Single()).Clauses.OfType<RequireClauseSyntax>().Single();
        Assert.That(require.Condition.ToString(), Is.EqualTo(printed));
    }

    [Test]
    public void Parser_Template_ParsesHolesAndEscapes()
    {
        var tree = SyntaxTree.Parse("rule R1\n  report \"{{literal}} {q.text} and {count(x in q.items)}\"\n");

        Assert.That(tree.Diagnostics, Is.Empty);
        var report = ((RuleSyntax)tree.Members.Single()).Clauses.OfType<ReportClauseSyntax>().Single();
        Assert.That(report.Message!.ToString(), Is.EqualTo("\"{{literal}} {q.text} and {count(x in q.items)}\""));
    }

    [Test]
    public void Parser_SpansCoverTokensNotTrivia()
    {
        var tree = SyntaxTree.Parse("rule   R1   \"t\"  # comment\n  require   a.b   \n");

        var rule = (RuleSyntax)tree.Members.Single();
        Assert.That(tree.Text.ToString(rule.Id.Span), Is.EqualTo("R1"));
        Assert.That(tree.Text.ToString(rule.Span), Is.EqualTo("rule   R1   \"t\"  # comment\n  require   a.b"));
        Assert.That(tree.Text.ToString(rule.Clauses[0].Span), Is.EqualTo("require   a.b"));
    }

    [Test]
    public void Parser_RulesetUsePhraseAndComments_Parse()
    {
        var tree = SyntaxTree.Parse("""
            # A pack
            ruleset "Attribution"
            use "prelude.rules"
            phrase statement s "cite a source agency" means s.channel.outlet is present
            """);

        Assert.That(tree.Diagnostics, Is.Empty);
        Assert.That(tree.Members.Select(m => m.GetType().Name), Is.EqualTo(new[] { "RulesetSyntax", "UseSyntax", "PhraseSyntax" }));
    }

    [Test]
    public void Parser_CSharpBlock_KeepsCodeWithNestedBraces()
    {
        var tree = SyntaxTree.Parse("rule R1\n  for each quote q\n  where csharp { q.Text.Split(' ').Where(w => w != \"}\").Count() > 60 }\n  report\n");

        Assert.That(tree.Diagnostics, Is.Empty, string.Join("\n", tree.Diagnostics));
        // A 'where' on the line after 'for each' belongs to it, as if written on one line.
        var forEach = ((RuleSyntax)tree.Members.Single()).Clauses.OfType<ForEachClauseSyntax>().Single();
        Assert.That(forEach.Where!.ToString(), Is.EqualTo("csharp { q.Text.Split(' ').Where(w => w != \"}\").Count() > 60 }"));
    }
}
