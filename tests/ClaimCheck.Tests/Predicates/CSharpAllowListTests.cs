using ClaimCheck.Checking;
using ClaimCheck.Diagnostics;
using ClaimCheck.Tests.Support;

namespace ClaimCheck.Tests.Predicates;

public class CSharpAllowListTests
{
    [Test]
    public void AllowList_DangerousCalls_AreReportedAtTheirSpan_AndTheOtherRulesStillCheck()
    {
        // One rule file, one compilation: each dangerous block is reported where it stands, and the good rules run.
        var ruleSet = CSharpRules.Markup("""
            rule FILE
              require csharp { {|CC3002:System.IO.File.Exists("/etc/passwd")|} }

            rule DELETE
              require csharp { {|CC3002:System.IO.File.Delete("x")|}; return true; }

            rule PROCESS
              require csharp { {|CC3001:System.Diagnostics.Process|}.Start("sh") != null }

            rule EXIT
              require csharp { {|CC3002:Environment.Exit(1)|}; return true; }

            rule REFLECT
              require csharp { {|CC3002:typeof(Quote).Assembly.FullName|}.Length > 0 }

            rule REFLECT2
              for each quote q
              require csharp { {|CC3002:q.GetType().Name|}.Length > 0 }

            rule HTTP
              require csharp { new System.Net.{|CC3001:Http|}.HttpClient() != null }

            rule ACTIVATOR
              require csharp { {|CC3002:Activator.CreateInstance<Quote>()|} != null }

            rule GOOD
              for each claim c
              forbid csharp { c.Values.Any(v => v.Text.EndsWith("%")) }
              message "A percentage."

            rule ALSO_GOOD
              report "Checked."
            """);

        var result = ruleSet.Check(TestArticles.Document(TestArticles.Port()));

        Assert.That(ruleSet.Rules.Select(r => r.Id), Is.EqualTo(new[] { "ALSO_GOOD", "GOOD" }));
        Assert.That(result.Findings.Select(f => $"{f.RuleId}: {f.Message}"), Is.EquivalentTo(new[] { "ALSO_GOOD: Checked.", "GOOD: A percentage." }));
    }

    [Test]
    public void AllowList_Messages_NameTheSymbolAndWhy()
    {
        var ruleSet = CSharpRules.Load("rule R1\n  require csharp { System.IO.File.Exists(\"x\") }\n\nrule R2\n  require csharp { Environment.Exit(1); return true; }\n");

        Assert.That(ruleSet.Diagnostics.Select(d => d.Message), Is.EqualTo(new[]
        {
            "'System.IO.File.Exists(string?)' is not allowed in a C# block: 'System.IO.File' is not on the allow-list (a block may use the model, text, numbers, dates, System.Linq, regular expressions and collections).",
            "'System.Environment.Exit(int)' is not allowed in a C# block: 'System.Environment' is not on the allow-list (a block may use the model, text, numbers, dates, System.Linq, regular expressions and collections).",
        }));
    }

    [TestCase("{|CC3002:dynamic|} d = 1; return true;")]
    [TestCase("{|CC3002:new System.Threading.Thread(() => { })|}; return true;")]
    [TestCase("var t = {|CC3002:System.Threading.Tasks.Task.Run(() => 1)|}; return true;")]
    [TestCase("{|CC3005:unsafe { }|} return true;")]
    [TestCase("{|CC3005:try { return true; } catch { return false; }|}")]
    [TestCase("{|CC3005:again: return true;|}")]
    [TestCase("{|CC3005:lock (article) { }|} return true;")]
    [TestCase("var x = {|CC3002:DateTime.Now|}; return true;")]
    [TestCase("return article.Statements.{|CC3001:AsParallel|}().Any();")]
    [TestCase("{|CC3005:static extern int getpid();|} return true;")]
    [TestCase("return {|CC3002:System.Runtime.InteropServices.Marshal.SizeOf<int>()|} > 0;")]
    [TestCase("return {|CC3002:AppContext.BaseDirectory|} != null;")]
    public void AllowList_ForbiddenConstructs_AreReported(string body) =>
        CSharpRules.Markup($"rule R1\n  require csharp {{ {body} }}\n");

    [TestCase("return {|CC3004:Regex.IsMatch(article.Text, \"(a+)+$\")|};")]
    [TestCase("return {|CC3004:new Regex(\"a+\")|}.IsMatch(article.Text);")]
    [TestCase("return {|CC3004:new Regex(\"a+\", RegexOptions.IgnoreCase)|}.IsMatch(article.Text);")]
    [TestCase("var options = RegexOptions.NonBacktracking; return {|CC3004:Regex.IsMatch(article.Text, \"a\", options)|};")]
    [TestCase("return new Regex(\"ex(port)?s\", RegexOptions.NonBacktracking | RegexOptions.IgnoreCase).IsMatch(article.Text);")]
    [TestCase("return Regex.IsMatch(article.Text, \"ports?\", RegexOptions.NonBacktracking);")]
    public void AllowList_Regexes_MustBeLinearTime(string body) =>
        CSharpRules.Markup($"rule R1\n  require csharp {{ {body} }}\n");

    [Test]
    public void AllowList_AllowedLibrary_Compiles()
    {
        var result = CSharpRules.Check("""
            rule R1
              for each statement s
              require csharp {
                var words = new List<string>(s.Content.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                var set = ImmutableHashSet.CreateRange(StringComparer.OrdinalIgnoreCase, words);
                var counts = words.GroupBy(w => w.Length).ToDictionary(g => g.Key, g => g.Count());
                var builder = new System.Text.StringBuilder();
                builder.Append($"{set.Count}:{counts.Count}:{Math.Max(1, 2)}");
                return builder.Length > 0 && (article.Published ?? new DateOnly(2024, 1, 1)).Year > 2000;
              }
            """);

        Assert.That(result.Outcomes.Single().Status, Is.EqualTo(RuleStatus.Passed));
    }

    [Test]
    public void AllowList_PreprocessorDirective_IsReported() =>
        CSharpRules.Markup("rule R1\n  require csharp { {|CC3005:#if false|}\n true }\n");

    [Test]
    public void AllowList_BlockThatClosesItsMethod_IsNotCompiled()
    {
        // The comment hides a brace from the rule parser, so the block reaches the C# compiler whole; it still does not escape.
        var ruleSet = CSharpRules.Load("rule R1\n  require csharp { 1 /* { */ ); } static object Evil() { return System.IO.File.ReadAllText(\"x\"); } static object X() { return (1 }\n}\n");

        Assert.That(ruleSet.Diagnostics.Select(d => d.Id), Has.All.EqualTo("CC3001").Or.EqualTo("CC3005"));
        Assert.That(ruleSet.Rules, Is.Empty);
        Assert.That(ruleSet.Diagnostics.Select(d => d.Message), Has.None.Contains("ReadAllText").And.None.Contains("Evil"));
    }
}
