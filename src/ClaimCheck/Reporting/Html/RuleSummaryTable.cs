using System.Globalization;
using ClaimCheck.Binding.Bound;
using ClaimCheck.Checking;

namespace ClaimCheck.Reporting.Html;

/// <summary>The table of every rule's outcome on one article: status, subjects, findings, suppressed.</summary>
internal static class RuleSummaryTable
{
    public static void Write(HtmlBuilder html, ArticleResult article, IReadOnlyDictionary<string, BoundRule> rules)
    {
        html.Open("table", ("class", "rules")).Line();
        html.Raw("<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Title</th><th scope=\"col\">Severity</th><th scope=\"col\">Status</th>" +
                 "<th scope=\"col\" class=\"n\">Subjects</th><th scope=\"col\" class=\"n\">Findings</th><th scope=\"col\" class=\"n\">Suppressed</th></tr></thead>").Line();
        html.Open("tbody").Line();
        foreach (var outcome in article.Outcomes)
        {
            var rule = rules.GetValueOrDefault(outcome.RuleId);
            var status = Status(outcome.Status);
            html.Open("tr", ("class", "status-" + status.Replace(' ', '-')));
            html.Open("th", ("scope", "row")).Element("code", outcome.RuleId).Close("th");
            html.Element("td", rule?.Title);
            html.Element("td", rule?.Severity.ToString().ToLowerInvariant(), ("class", "lvl"));
            html.Open("td").Element("span", status, ("class", "status")).Close("td");
            html.Element("td", Number(outcome.Subjects), ("class", "n"));
            html.Element("td", Number(outcome.Findings), ("class", "n"));
            html.Element("td", Number(outcome.Suppressed), ("class", "n"));
            html.Close("tr").Line();
        }
        html.Close("tbody").Close("table").Line();
    }

    public static string Status(RuleStatus status) => status switch
    {
        RuleStatus.Passed => "passed",
        RuleStatus.Failed => "failed",
        RuleStatus.NotApplicable => "not applicable",
        _ => "error",
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
