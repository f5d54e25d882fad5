using System.Collections;
using System.Globalization;
using ClaimCheck.Model;
using ClaimCheck.Registry;
using ClaimCheck.Registry.Linking;

namespace ClaimCheck.Checking;

/// <summary>How a value reads inside a message: an entity by its name, a quote by its words, a list joined.</summary>
internal static class ValueFormatter
{
    private const int MaxListItems = 10;

    public static string Format(object? value, ArticleIndex index) => value switch
    {
        null => "(missing)",
        string s => s,
        double d => d.ToString("0.##", CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Entity e => e.Name,
        Source s => index.Entity(s.Entity)?.Name ?? s.Description ?? s.Text ?? "(unnamed source)",
        Statement s => index.TextOf(s.Span),
        Quote q => q.Text,
        Claim c => c.Text,
        Mention m => m.Text ?? index.TextOf(m.Span),
        Paragraph p => $"paragraph {p.Index + 1}",
        Sentence s => index.TextOf(s.Span),
        Channel c => c.Text ?? c.Kind,
        Cue c => c.Text,
        StatementContent c => c.Text,
        ClaimValue v => v.Text,
        Article a => a.Headline ?? a.Id,
        RegistryEntryView v => v.Entry.Name,
        RegistryOffice o => FormatOffice(o),
        IEnumerable list => FormatList(list, index),
        _ => value.ToString() ?? "",
    };

    /// <summary>"President of Syria (from 2025-01-29)", as the registry file gives the dates.</summary>
    private static string FormatOffice(RegistryOffice office) => (office.From, office.To) switch
    {
        (null, null) => office.Title,
        ({ } from, null) => $"{office.Title} (from {from})",
        (null, { } to) => $"{office.Title} (until {to})",
        ({ } from, { } to) => $"{office.Title} ({from} to {to})",
    };

    private static string FormatList(IEnumerable list, ArticleIndex index)
    {
        var items = list.Cast<object?>().ToList();
        var shown = items.Take(MaxListItems).Select(i => Format(i, index));
        var more = items.Count > MaxListItems ? $", and {items.Count - MaxListItems} more" : "";
        return items.Count == 0 ? "(none)" : string.Join(", ", shown) + more;
    }
}
