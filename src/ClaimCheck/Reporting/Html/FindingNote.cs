namespace ClaimCheck.Reporting.Html;

/// <summary>A finding's margin note: number, severity, rule, where, message, help, and whether it is suppressed.</summary>
internal static class FindingNote
{
    public static void Write(HtmlBuilder html, AnchoredFinding note, string paragraphId, string? ruleTitle)
    {
        var finding = note.Finding;
        var start = finding.Location.Start;
        html.Open("aside", ("class", "finding " + note.CssClass), ("id", note.Id), ("data-para", paragraphId), ("data-rule", finding.RuleId),
            ("aria-label", $"Finding {note.Number}: {note.SeverityName} {finding.RuleId}"));
        html.Open("div", ("class", "fhead"));
        html.Element("a", note.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), ("class", "num"), ("href", "#m-" + note.Id), ("title", "Show the passage"));
        html.Element("span", note.SeverityName, ("class", "sev"));
        html.Element("code", finding.RuleId, ("class", "rule"), ("title", ruleTitle));
        html.Element("span", $"line {start.Line + 1}, col {start.Character + 1}", ("class", "loc"), ("title", $"{finding.Location.Path}({start.Line + 1},{start.Character + 1})"));
        html.Close("div");
        html.Element("p", finding.Message, ("class", "msg"));
        if (finding.Help is { } help)
            html.Element("p", help, ("class", "help"));
        if (finding.Suppressed)
            html.Element("p", "Suppressed" + (finding.SuppressionReason is { } reason ? ": " + reason : " (no reason given)"), ("class", "supp"));
        html.Close("aside").Line();
    }
}
