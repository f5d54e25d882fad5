using ClaimCheck.Diagnostics;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Binding;

public class BinderTests
{
    [Test]
    public void Binder_MisspeltMember_ReportsCC2001WithSuggestion()
    {
        var ruleSet = DiagnosticAssert.Markup("rule R1\n  for each quote q\n  require q.{|CC2001:statment|}.source is present\n");

        Assert.That(ruleSet.Diagnostics.Single().Message, Is.EqualTo("'quote' has no member 'statment'; did you mean 'statement'?"));
    }

    [Test]
    public void Binder_MemberOfList_ExplainsListMembers()
    {
        var ruleSet = DiagnosticAssert.Markup("rule R1\n  for each statement s\n  require s.quotes.{|CC2001:text|} is present\n");

        Assert.That(ruleSet.Diagnostics.Single().Message, Does.Contain("a list has count, first and last"));
    }

    [Test]
    public void Binder_CompareObjectWithText_ReportsCC2002AtTheOperator()
    {
        var ruleSet = DiagnosticAssert.Markup("rule R1\n  for each statement s\n  require s.speaker {|CC2002:=|} \"Vershinin\"\n");

        Assert.That(ruleSet.Diagnostics.Single().Message, Does.Contain("such as '.name'"));
    }

    [Test]
    public void Binder_OrderingTexts_ReportsCC2002() =>
        DiagnosticAssert.Markup("rule R1\n  for each statement s\n  require s.form {|CC2002:<|} \"direct\"\n");

    [Test]
    public void Binder_BadRegex_ReportsCC2003AtTheRegex()
    {
        var ruleSet = DiagnosticAssert.Markup("rule R1\n  for each statement s\n  require s.cue.text matches {|CC2003:/(ab/i|}\n");

        Assert.That(ruleSet.Diagnostics.Single().Message, Does.StartWith("The regular expression is not valid: "));
    }

    [Test]
    public void Binder_BackreferenceRegex_IsRefusedAsNotLinear()
    {
        var ruleSet = DiagnosticAssert.Markup("rule R1\n  for each statement s\n  require s.cue.text matches {|CC2003:/(a)\\1/|}\n");

        Assert.That(ruleSet.Diagnostics.Single().Message, Does.Contain("linear time"));
    }

    [Test]
    public void Binder_CatastrophicPattern_BindsToALinearMatcher()
    {
        var ruleSet = RuleSet.FromText("rule R1\n  for each quote q\n  forbid q.text matches /(a+)+$/\n");

        Assert.That(ruleSet.Diagnostics, Is.Empty);
        Assert.That(ruleSet.Rules.Single().Id, Is.EqualTo("R1"));
    }

    [Test]
    public void Binder_UnknownRegexFlag_ReportsCC2015AtTheFlag() =>
        DiagnosticAssert.Markup("rule R1\n  for each statement s\n  require s.cue.text matches /a/i{|CC2015:q|}\n");

    [Test]
    public void Binder_UnknownPhrase_ReportsCC2004WithNearestPhrase()
    {
        var ruleSet = DiagnosticAssert.Markup("rule P1: statements {|CC2004:attributed to a ministry spokesman|} must cite a source agency\n");

        Assert.That(ruleSet.Diagnostics.Single().Message, Does.Contain("did you mean 'attributed to a ministry spokesperson'?"));
    }

    [Test]
    public void Binder_PolicyWithoutModal_ReportsCC2012() =>
        DiagnosticAssert.Markup("rule P1: {|CC2012:statements cite a source agency|}\n");

    [Test]
    public void Binder_PolicyWithUnknownSubject_ReportsCC2014() =>
        DiagnosticAssert.Markup("rule P1: {|CC2014:stories|} must cite a source agency\n");

    [Test]
    public void Binder_PolicyPhraseOfAnotherKind_ReportsCC2022() =>
        DiagnosticAssert.Markup("phrase quote q \"be short\" means q.words < 10\nrule P1: statements must {|CC2022:be short|}\n");

    [Test]
    public void Binder_PolicyWithForEach_ReportsCC2021() =>
        DiagnosticAssert.Markup("rule P1: statements must cite a source agency\n  {|CC2021:for each quote q|}\n");

    [Test]
    public void Binder_DuplicateRuleId_ReportsCC2005AtTheSecond()
    {
        var ruleSet = DiagnosticAssert.Markup("rule R1\n  report\nrule {|CC2005:R1|}\n  report\n");

        Assert.That(ruleSet.Diagnostics.Single().Message, Is.EqualTo("Rule ID 'R1' is already used at test.rules(1,6)."));
    }

    [Test]
    public void Binder_DuplicatePhrase_ReportsCC2013() =>
        DiagnosticAssert.Markup("phrase quote q \"be short\" means q.words < 10\nphrase quote q {|CC2013:\"be  short\"|} means q.words < 5\n");

    [Test]
    public void Binder_UnknownSubjectKind_ReportsCC2007WithSuggestion()
    {
        var ruleSet = DiagnosticAssert.Markup("rule R1\n  for each {|CC2007:statment|} s\n  report\n");

        Assert.That(ruleSet.Diagnostics.Single().Message, Does.Contain("did you mean 'statement'?"));
    }

    [Test]
    public void Binder_UnknownVariable_ReportsCC2008() =>
        DiagnosticAssert.Markup("rule R1\n  for each quote q\n  require {|CC2008:qq|}.text is present\n");

    [Test]
    public void Binder_RuleWithoutCheck_ReportsCC2009() =>
        DiagnosticAssert.Markup("rule {|CC2009:R1|}\n  for each quote q\n  where q.words > 3\n");

    [Test]
    public void Binder_UnknownSeverity_ReportsCC2010() =>
        DiagnosticAssert.Markup("rule R1\n  severity {|CC2010:fatal|}\n  report\n");

    [Test]
    public void Binder_NonBooleanCondition_ReportsCC2011() =>
        DiagnosticAssert.Markup("rule R1\n  for each quote q\n  require {|CC2011:q.text|}\n");

    [Test]
    public void Binder_QuantifierOverNonList_ReportsCC2017() =>
        DiagnosticAssert.Markup("rule R1\n  for each quote q\n  require any(x in {|CC2017:q.text|}: x is present)\n");

    [Test]
    public void Binder_ShadowingVariable_ReportsCC2018() =>
        DiagnosticAssert.Markup("rule R1\n  for each statement s\n  require any({|CC2018:s|} in s.quotes: s.words > 1)\n");

    [Test]
    public void Binder_InvalidDate_ReportsCC2020() =>
        DiagnosticAssert.Markup("rule R1\n  require article.published < {|CC2020:2024-13-45|}\n");

    [Test]
    public void Binder_DuplicateClause_ReportsCC1004() =>
        DiagnosticAssert.Markup("rule R1\n  severity info\n  {|CC1004:severity warning|}\n  report\n");

    [Test]
    public void Binder_OneErrorPerMistake_NoCascade()
    {
        var ruleSet = RuleSet.FromText("rule R1\n  for each quote q\n  require q.nope.more.still = 3 and q.nope2 = \"x\"\n");

        Assert.That(ruleSet.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "CC2001", "CC2001" }));
    }

    [Test]
    public void Binder_PolicySentence_TerseAndFullWordingBindAlike()
    {
        var ruleSet = RuleSet.FromText("""
            rule P1: statements attributed to a ministry spokesperson must cite a source agency
            rule P2: statement attributed to ministry spokesperson must cite source agency
            rule P3: Statements attributed to the ministry spokesperson should cite a source agency.
            """);

        Assert.That(ruleSet.Diagnostics, Is.Empty, string.Join("\n", ruleSet.Diagnostics));
        Assert.That(ruleSet.Rules.Select(r => (r.Id, r.Severity)), Is.EqualTo(new[]
        {
            ("P1", DiagnosticSeverity.Error), ("P2", DiagnosticSeverity.Error), ("P3", DiagnosticSeverity.Warning),
        }));
    }

    [Test]
    public void Binder_DuplicateRuleId_TheSecondRuleDoesNotRun()
    {
        var ruleSet = RuleSet.FromText("rule D1\n  for each quote q\n  report \"first\"\nrule D1\n  for each quote q\n  report \"second\"\n");

        Assert.That(ruleSet.Rules.Select(r => r.Id), Is.EqualTo(new[] { "D1" }));
    }

    [Test]
    public void Binder_PolicyUsingABrokenPhrase_DoesNotRun_AndHasOneDiagnostic()
    {
        var ruleSet = RuleSet.FromText("phrase quote q \"be tidy\" means q.wrods < 40\nrule E1: quotes must be tidy\n");

        Assert.That(ruleSet.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "CC2001" }));
        Assert.That(ruleSet.Rules, Is.Empty);
    }

    [Test]
    public void Binder_UnknownKind_ReportsOnlyTheKind()
    {
        var ruleSet = RuleSet.FromText("rule R1\n  for each quot q\n  require q.statment is present\n");

        Assert.That(ruleSet.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "CC2007" }));
    }
}
