using ClaimCheck.Diagnostics;

namespace ClaimCheck.Tests.Support;

/// <summary>Checks the count, IDs, spans and order of diagnostics against test markup.</summary>
internal static class DiagnosticAssert
{
    /// <summary>Loads the markup as a rule file and compares its diagnostics with the marked spans.</summary>
    public static RuleSet Markup(string markup)
    {
        var annotated = AnnotatedText.Parse(markup);
        var ruleSet = RuleSet.FromText(annotated.Text);
        Spans(ruleSet.Diagnostics.Where(d => d.DisplayPath == "test.rules").ToList(), annotated);
        return ruleSet;
    }

    public static void Spans(IReadOnlyList<Diagnostic> diagnostics, AnnotatedText annotated)
    {
        var actual = diagnostics.Select(d => $"{d.Id} {d.Location?.Span}").ToList();
        var expected = annotated.Spans.Select(s => $"{s.Id} {s.Span}").ToList();
        Assert.That(actual, Is.EqualTo(expected),
            "Diagnostics were:\n" + string.Join("\n", diagnostics.Select(DiagnosticFormatter.Format)));
    }
}
