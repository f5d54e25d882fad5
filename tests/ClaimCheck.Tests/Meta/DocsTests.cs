using System.Text.RegularExpressions;
using ClaimCheck.Binding;
using ClaimCheck.Diagnostics;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Meta;

/// <summary>The docs are the users' reference: every rule example in them must be valid, every model member described.</summary>
public class DocsTests
{
    private static IEnumerable<TestCaseData> RuleBlocks()
    {
        var doc = File.ReadAllText(RepoPaths.Of("docs", "rule-language.md"));
        var blocks = Regex.Matches(doc, @"```rules\n(.*?)```", RegexOptions.Singleline);
        var index = 0;
        foreach (Match block in blocks)
        {
            var line = doc[..block.Index].Count(c => c == '\n') + 1;
            yield return new TestCaseData(block.Groups[1].Value).SetName($"RuleLanguageDoc_Block{++index}_Line{line}_IsValid");
        }
    }

    [TestCaseSource(nameof(RuleBlocks))]
    public void RuleLanguageDoc_RulesBlocks_ParseAndBind(string block)
    {
        var ruleSet = RuleSet.FromText(block, "doc.rules");

        Assert.That(ruleSet.Diagnostics, Is.Empty, block + "\n" + string.Join("\n", ruleSet.Diagnostics.Select(DiagnosticFormatter.Format)));
    }

    [Test]
    public void RuleLanguageDoc_HasRuleExamples() =>
        Assert.That(RuleBlocks().Count(), Is.GreaterThanOrEqualTo(10));

    [Test]
    public void RuleLanguageDoc_DescribesEveryModelMember()
    {
        var doc = File.ReadAllText(RepoPaths.Of("docs", "rule-language.md"));

        var missing = ModelSchema.Types
            .SelectMany(t => t.Members.Select(m => (Type: t.Name, m.Name)))
            .Where(m => !Regex.IsMatch(doc, $@"`{Regex.Escape(m.Name)}`"))
            .Select(m => $"{m.Type}.{m.Name}")
            .ToList();

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void RuleLanguageDoc_DescribesEverySubjectKind()
    {
        var doc = File.ReadAllText(RepoPaths.Of("docs", "rule-language.md"));

        Assert.That(SubjectKinds.All.Where(k => !doc.Contains($"`{k.Name}`")).Select(k => k.Name), Is.Empty);
    }

    [Test]
    public void CliDoc_DescribesEveryReportFormat()
    {
        var doc = File.ReadAllText(RepoPaths.Of("docs", "cli.md"));

        var missing = Enum.GetNames<ClaimCheck.Reporting.ReportFormat>().Select(n => n.ToLowerInvariant()).Where(n => !doc.Contains($"`{n}`", StringComparison.Ordinal));

        Assert.That(missing, Is.Empty);
    }
}
