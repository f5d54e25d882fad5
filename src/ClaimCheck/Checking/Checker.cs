using System.Collections.Immutable;
using System.Text;
using ClaimCheck.Binding.Bound;
using ClaimCheck.Diagnostics;
using ClaimCheck.Model;
using ClaimCheck.Registry;
using ClaimCheck.Registry.Linking;
using ClaimCheck.Predicates;
using ClaimCheck.Text;

namespace ClaimCheck.Checking;

/// <summary>
/// Applies compiled rules to one article. A rule that throws while evaluating is reported
/// as CC6001 and ends in <see cref="RuleStatus.Error"/>; the other rules go on.
/// </summary>
internal sealed class Checker
{
    private const int MaxMessageLength = 2000;
    private const int MaxEvidenceLength = 200;

    private readonly IReadOnlyList<CompiledRule> _rules;
    private readonly TimeSpan _csharpTimeLimit;

    public Checker(IEnumerable<BoundRule> rules) : this(rules, RuleSetOptions.DefaultCSharpTimeLimit) { }

    public Checker(IEnumerable<BoundRule> rules, TimeSpan csharpTimeLimit)
    {
        _rules = rules.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => new CompiledRule(r)).ToArray();
        _csharpTimeLimit = csharpTimeLimit;
    }

    /// <summary>
    /// Checks one article. With a registry, the article is linked to it first (an index of
    /// links, the model itself untouched); without one, rules that need it have no subjects.
    /// </summary>
    public ArticleResult Check(ArticleDocument document, ReferenceRegistry? registry = null)
    {
        var index = registry is null ? document.Index : new ArticleIndex(document.Article, RegistryLinker.Link(document.Article, registry));
        var findings = new List<Finding>();
        var outcomes = new List<RuleOutcome>();
        var diagnostics = new DiagnosticBag();
        foreach (var rule in _rules)
        {
            var before = findings.Count;
            var subjects = 0;
            try
            {
                // Each rule gets the whole limit for its C# blocks on each article.
                CSharpBudget.Start(_csharpTimeLimit);
                subjects = Apply(rule, document, index, findings);
            }
            catch (CSharpTimeLimitException e)
            {
                findings.RemoveRange(before, findings.Count - before);
                diagnostics.ReportAtPath(document.Display.Path, DiagnosticDescriptors.CSharpTimeLimit, rule.Rule.Id, e.Limit.TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture));
                outcomes.Add(new RuleOutcome(rule.Rule.Id, RuleStatus.Error, subjects, 0, 0));
                continue;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                findings.RemoveRange(before, findings.Count - before);
                diagnostics.ReportAtPath(document.Display.Path, DiagnosticDescriptors.RuleEvaluationFailed, rule.Rule.Id, e.Message);
                outcomes.Add(new RuleOutcome(rule.Rule.Id, RuleStatus.Error, subjects, 0, 0));
                continue;
            }
            var own = findings.Skip(before).ToList();
            var unsuppressed = own.Count(f => !f.Suppressed);
            var status = subjects == 0 ? RuleStatus.NotApplicable : unsuppressed > 0 ? RuleStatus.Failed : RuleStatus.Passed;
            outcomes.Add(new RuleOutcome(rule.Rule.Id, status, subjects, own.Count, own.Count - unsuppressed));
        }

        ReportAmbiguousLinks(document, index, diagnostics);
        Suppressions.ReportProblems(document, findings, _rules.Select(r => r.Rule.Id), diagnostics);
        var ordered = findings
            .OrderBy(f => f.Span.Start)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Span.End)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToImmutableArray();
        return new ArticleResult(document, ordered, [.. outcomes], [.. diagnostics.Items]);
    }

    private static int Apply(CompiledRule compiled, ArticleDocument document, ArticleIndex index, List<Finding> findings)
    {
        var rule = compiled.Rule;
        var frame = new EvaluationFrame(rule.SlotCount, index);
        frame.Slots[1] = document.Article;
        var subjects = 0;
        foreach (var subject in rule.Subject.Enumerate(index).ToArray())
        {
            frame.Slots[0] = subject;
            if (!compiled.Filters.All(f => f(frame)))
                continue;
            subjects++;
            if (!compiled.Checks.Any(c => c(frame)))
                continue;

            var span = rule.Subject.Locate(subject, index);
            var (suppressed, reason) = Suppressions.Match(document.Article, rule.Id, span);
            findings.Add(new Finding(
                rule.Id, rule.Severity, RenderMessage(compiled, frame), rule.Help, rule.Subject.Name,
                span, document.Locate(span), Evidence(document, span))
            {
                Suppressed = suppressed,
                SuppressionReason = reason,
            });
        }
        return subjects;
    }

    /// <summary>An entity left unlinked because several entries fit is said so, at its first mention.</summary>
    private static void ReportAmbiguousLinks(ArticleDocument document, ArticleIndex index, DiagnosticBag diagnostics)
    {
        foreach (var (entityId, ambiguous) in index.Registry.Ambiguous)
        {
            if (index.Entity(entityId) is not { } entity)
                continue;
            var first = entity.Mentions.OrderBy(m => m.Span.Start).Select(m => (TextSpan?)m.Span).FirstOrDefault();
            if (first is { } span)
                diagnostics.Report(DiagnosticDescriptors.AmbiguousRegistryLink, document.Locate(span), entity.Name, ambiguous.CandidateList);
            else
                diagnostics.ReportAtPath(document.Display.Path, DiagnosticDescriptors.AmbiguousRegistryLink, entity.Name, ambiguous.CandidateList);
        }
    }

    private static string RenderMessage(CompiledRule rule, EvaluationFrame frame)
    {
        var builder = new StringBuilder();
        foreach (var part in rule.MessageParts)
        {
            builder.Append(part is Func<EvaluationFrame, object?> hole ? ValueFormatter.Format(hole(frame), frame.Index) : (string)part);
            // A hole may hold a whole article; a message stays a message.
            if (builder.Length > MaxMessageLength)
                return builder.ToString(0, MaxMessageLength) + "…";
        }
        return builder.ToString();
    }

    private static string Evidence(ArticleDocument document, TextSpan span)
    {
        var text = document.Index.TextOf(span);
        return text.Length > MaxEvidenceLength ? text[..MaxEvidenceLength] + "…" : text;
    }
}
