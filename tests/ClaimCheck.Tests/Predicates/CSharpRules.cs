using ClaimCheck.Checking;
using ClaimCheck.Diagnostics;
using ClaimCheck.Model;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Predicates;

/// <summary>Loads rule text with C# blocks against a cache folder of the test's own, so tests never touch the user's cache.</summary>
internal static class CSharpRules
{
    public static readonly string CacheFolder = Path.Combine(Path.GetTempPath(), "claimcheck-tests", "csharp-cache-" + Environment.ProcessId);

    public static RuleSetOptions Options(TimeSpan? limit = null, string? cache = null) => new()
    {
        CacheDirectory = cache ?? CacheFolder,
        CSharpTimeLimit = limit ?? TimeSpan.FromSeconds(5),
    };

    public static RuleSet Load(string rules, RuleSetOptions? options = null) => RuleSet.FromText(rules, options ?? Options());

    /// <summary>Loads rules that must have no diagnostics and checks the test article with them.</summary>
    public static ArticleResult Check(string rules, Article? article = null, RuleSetOptions? options = null)
    {
        var ruleSet = Load(rules, options);
        Assert.That(ruleSet.Diagnostics, Is.Empty, string.Join("\n", ruleSet.Diagnostics.Select(DiagnosticFormatter.Format)));
        return ruleSet.Check(TestArticles.Document(article ?? TestArticles.Port()));
    }

    /// <summary>Compares the rule file's diagnostics with the markup's spans, as DiagnosticAssert.Markup does.</summary>
    public static RuleSet Markup(string markup, RuleSetOptions? options = null)
    {
        var annotated = AnnotatedText.Parse(markup);
        var ruleSet = Load(annotated.Text, options);
        DiagnosticAssert.Spans(ruleSet.Diagnostics.Where(d => d.DisplayPath == "test.rules").ToList(), annotated);
        return ruleSet;
    }
}
