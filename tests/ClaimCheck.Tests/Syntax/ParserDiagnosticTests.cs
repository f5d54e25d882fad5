using ClaimCheck.Syntax;
using ClaimCheck.Syntax.Members;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Syntax;

public class ParserDiagnosticTests
{
    [Test]
    public void Parser_MissingOperand_ReportsCC1001() =>
        DiagnosticAssert.Markup("rule R1\n  for each quote q\n  require q.text = {|CC1001:=|} \"x\"\n");

    [Test]
    public void Parser_UnknownClause_ReportsCC1001AtTheWord() =>
        DiagnosticAssert.Markup("rule R1\n  for each quote q\n  {|CC1001:severty|} warning\n  require q.text is present\n");

    [Test]
    public void Parser_UnterminatedString_ReportsCC1002() =>
        DiagnosticAssert.Markup("rule R1 \"Open title{|CC1002:|}\n  report\n");

    [Test]
    public void Parser_UnterminatedRegex_ReportsCC1003() =>
        DiagnosticAssert.Markup("rule R1\n  for each quote q\n  require q.text matches /abc{|CC1003:|}\n");

    [Test]
    public void Parser_UnterminatedHole_ReportsCC1006() =>
        DiagnosticAssert.Markup("rule R1\n  for each quote q\n  report \"Quote {q.text {|CC1006:\"|}\n");

    [Test]
    public void Parser_UnterminatedCSharp_ReportsCC1007() =>
        DiagnosticAssert.Markup("rule R1\n  for each quote q\n  where csharp { q.Text.Length > 3 {|CC1007:|}");

    [Test]
    public void Parser_DeepNesting_ReportsCC1005InsteadOfOverflowing()
    {
        var deep = new string('(', 100_000) + "a" + new string(')', 100_000);
        var tree = SyntaxTree.Parse($"rule R1\n  require {deep}\nrule R2\n  report\n");

        Assert.That(tree.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "CC1005" }));
        Assert.That(tree.Members.OfType<RuleSyntax>().Single().Id.Text, Is.EqualTo("R2"));
    }

    [Test]
    public void Parser_TooLargeFile_ReportsCC1008()
    {
        var tree = SyntaxTree.Parse(new string('#', 5 * 1024 * 1024));

        Assert.That(tree.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "CC1008" }));
    }

    [Test]
    public void Parser_ThreeBrokenRules_ReportsThreeAndKeepsTheGoodOnes()
    {
        var annotated = AnnotatedText.Parse("""
            rule GOOD1
              report

            rule BAD1
              require a = {|CC1001:)|}

            rule GOOD2 "Second"
              report

            rule BAD2
              for each statement s
              require s.form in{|CC1001:|}

            rule BAD3
              for each quote q
              require q.text matches /x{|CC1003:|}

            rule GOOD3
              report
            """);
        var tree = SyntaxTree.Parse(annotated.Text, "test.rules");

        DiagnosticAssert.Spans(tree.Diagnostics, annotated);
        Assert.That(tree.Members.OfType<RuleSyntax>().Select(r => r.Id.Text), Is.EqualTo(new[] { "GOOD1", "GOOD2", "GOOD3" }));
        Assert.That(tree.Members.OfType<ErrorMemberSyntax>().Count(), Is.EqualTo(3));
    }

    [Test]
    public void Parser_Message_SaysWhatWasExpectedAndFound()
    {
        var tree = SyntaxTree.Parse("rule R1\n  require\n", "a.rules");

        var diagnostic = tree.Diagnostics.Single();
        Assert.That(diagnostic.ToString(), Is.EqualTo("a.rules(2,10): error CC1001: Expected an expression, found the end of the line."));
    }

    [Test]
    public void Parser_CrlfAndLoneCr_LineAndColumnStayRight()
    {
        var tree = SyntaxTree.Parse("rule R1\r\n  report\rrule R2\r\n  require = 1\r\n", "a.rules");

        var start = tree.Diagnostics.Single().Location!.Start;
        Assert.That((start.Line + 1, start.Character + 1), Is.EqualTo((4, 11)));
    }

    [Test]
    public void Parser_UnclosedCSharpBlock_DoesNotHideTheNextRule()
    {
        var tree = SyntaxTree.Parse("rule A\n  for each quote q\n  require csharp { q.Text.Length > 3\nrule B\n  report\n");

        Assert.That(tree.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "CC1007" }));
        Assert.That(tree.Members.OfType<RuleSyntax>().Single().Id.Text, Is.EqualTo("B"));
    }

    [Test]
    public void Parser_ErrorAfterLeadingBlankLines_IsReportedWhereItIs()
    {
        // Found by the fuzz soak: walking back over white space reached the start of the file.
        var tree = SyntaxTree.Parse("\n\n   = x\n", "a.rules");

        Assert.That(tree.Diagnostics.Single().ToString(), Is.EqualTo("a.rules(3,4): error CC1001: Expected 'rule', 'phrase', 'use' or 'ruleset', found '='."));
    }
}
