using ClaimCheck.Model;

namespace ClaimCheck.Extraction.Quality;

/// <summary>
/// Compares an extracted model with a hand-made gold one, field by field, for the extraction
/// benchmark (bench/ExtractionQuality). A field's keys are what must agree for it to be right.
/// </summary>
public static class ExtractionScorer
{
    public static IEnumerable<(string Field, FieldScore Score)> Fields(Article gold, Article extracted)
    {
        string Name(Article a, string? id) => a.Entities.FirstOrDefault(e => e.Id == id)?.Name ?? "";
        yield return ("statement", FieldScore.Of(gold.Statements.Select(s => $"{s.Span}"), extracted.Statements.Select(s => $"{s.Span}")));
        yield return ("source", FieldScore.Of(
            gold.Statements.Select(s => $"{s.Source.Span}|{Name(gold, s.Source.Entity)}|{s.Source.Anonymous}|{s.Source.Role}|{Name(gold, s.Source.Organization)}"),
            extracted.Statements.Select(s => $"{s.Source.Span}|{Name(extracted, s.Source.Entity)}|{s.Source.Anonymous}|{s.Source.Role}|{Name(extracted, s.Source.Organization)}")));
        yield return ("cue", FieldScore.Of(gold.Statements.Where(s => s.Cue is not null).Select(s => $"{s.Cue!.Span}|{s.Cue.Lemma}"), extracted.Statements.Where(s => s.Cue is not null).Select(s => $"{s.Cue!.Span}|{s.Cue.Lemma}")));
        yield return ("content", FieldScore.Of(gold.Statements.Select(s => $"{s.Content?.Span}"), extracted.Statements.Select(s => $"{s.Content?.Span}")));
        yield return ("form", FieldScore.Of(gold.Statements.Select(s => $"{s.Span}|{s.Form}"), extracted.Statements.Select(s => $"{s.Span}|{s.Form}")));
        yield return ("quote", FieldScore.Of(gold.Statements.SelectMany(s => s.Quotes).Select(q => $"{q.Span}"), extracted.Statements.SelectMany(s => s.Quotes).Select(q => $"{q.Span}")));
        yield return ("channel", FieldScore.Of(
            gold.Statements.Where(s => s.Channel is not null).Select(s => $"{s.Span}|{s.Channel!.Kind}|{s.Channel.Span}|{Name(gold, s.Channel.Outlet)}"),
            extracted.Statements.Where(s => s.Channel is not null).Select(s => $"{s.Span}|{s.Channel!.Kind}|{s.Channel.Span}|{Name(extracted, s.Channel.Outlet)}")));
        yield return ("claim", FieldScore.Of(gold.Claims.Select(c => $"{c.Span}|{c.Attributed}"), extracted.Claims.Select(c => $"{c.Span}|{c.Attributed}")));
        yield return ("value", FieldScore.Of(gold.Claims.SelectMany(c => c.Values).Select(v => $"{v.Span}|{v.Kind}|{v.Value}"), extracted.Claims.SelectMany(c => c.Values).Select(v => $"{v.Span}|{v.Kind}|{v.Value}")));
        yield return ("entity", FieldScore.Of(gold.Entities.Select(e => $"{e.Name}|{e.Kind}"), extracted.Entities.Select(e => $"{e.Name}|{e.Kind}")));
        yield return ("mention", FieldScore.Of(gold.Entities.SelectMany(e => e.Mentions.Select(m => $"{e.Name}|{m.Span}")), extracted.Entities.SelectMany(e => e.Mentions.Select(m => $"{e.Name}|{m.Span}"))));
    }
}
