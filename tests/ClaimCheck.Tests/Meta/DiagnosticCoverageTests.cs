using System.Text.RegularExpressions;
using ClaimCheck.Diagnostics;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Meta;

/// <summary>minsk's Lexer_Covers_AllTokens, for diagnostics: every ID the tool can report is exercised by some test.</summary>
public class DiagnosticCoverageTests
{
    [Test]
    public void EveryDescriptor_IsUsedByATest()
    {
        var testSources = Directory.EnumerateFiles(RepoPaths.Of("tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.EndsWith("DiagnosticCoverageTests.cs"))
            .Select(File.ReadAllText);
        var mentioned = new HashSet<string>(testSources.SelectMany(s => Regex.Matches(s, @"CC\d{4}").Select(m => m.Value)));

        var untested = DiagnosticDescriptors.All.Select(d => d.Id).Where(id => !mentioned.Contains(id)).ToList();

        Assert.That(untested, Is.Empty, "Descriptors without a test: " + string.Join(", ", untested));
    }

    [Test]
    public void DescriptorIds_AreUniqueAndInTheirRanges()
    {
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToList();

        Assert.That(ids, Is.Unique);
        Assert.That(ids, Has.All.Match(@"^CC[1-69]\d{3}$"));
    }

    /// <summary>IDs that were in use once and were removed: suppressions may still name them, so they never come back with another meaning.</summary>
    private static readonly string[] RetiredIds = ["CC3000"];

    [Test]
    public void RetiredIds_AreNeverReused()
    {
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToList();

        Assert.That(ids, Has.None.AnyOf(RetiredIds));
        Assert.That(File.ReadAllText(RepoPaths.Of("docs", "rule-language.md")), Does.Contain("| CC3000 | retired |"));
    }

    [Test]
    public void Messages_AreSentences()
    {
        foreach (var descriptor in DiagnosticDescriptors.All.Where(d => !d.MessageFormat.StartsWith('{')))
        {
            var sample = descriptor.Format("X", "y", ".", "z");
            Assert.That(char.IsUpper(sample[0]) || sample[0] == '\'' || sample[0] == '{', Is.True, descriptor.Id);
            // A message ending in a placeholder gets its full stop from the argument (a reason, a "did you mean").
            Assert.That(descriptor.MessageFormat.EndsWith('.') || descriptor.MessageFormat.EndsWith('}'), Is.True, descriptor.Id);
        }
    }

    [Test]
    public void RuleLanguageDoc_ListsEveryDescriptor()
    {
        var doc = File.ReadAllText(RepoPaths.Of("docs", "rule-language.md"));

        var missing = DiagnosticDescriptors.All.Select(d => d.Id).Where(id => !doc.Contains(id)).ToList();

        Assert.That(missing, Is.Empty, "Not in docs/rule-language.md: " + string.Join(", ", missing));
    }
}
