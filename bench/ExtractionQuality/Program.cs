// Extraction quality and speed, measured, not asserted: run
//   dotnet run -c Release --project bench/ExtractionQuality            (precision/recall per field)
//   dotnet run -c Release --project bench/ExtractionQuality -- --speed (time on 1, 2 and 4 MB paragraphs)
// The gold set is every hand-made model in examples/ whose source.path names a text article.
using System.Diagnostics;
using System.Text;
using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Input;
using ClaimCheck.Model;
using ClaimCheck.Model.Loading;

var root = FindRoot();
if (args.Contains("--speed"))
{
    Speed();
    return 0;
}

var totals = new Dictionary<string, Score>();
foreach (var modelPath in Directory.GetFiles(Path.Combine(root, "examples"), "*.json").Order(StringComparer.Ordinal))
{
    var gold = ArticleLoader.Load(modelPath).Document?.Article;
    if (gold?.Source?.Path is not { } sourcePath || ArticleExtractor.FormatOf(sourcePath) is null)
        continue;
    var extracted = ArticleLoader.Load(Path.Combine(Path.GetDirectoryName(modelPath)!, sourcePath)).Document!.Article;
    Console.WriteLine($"{Path.GetFileName(modelPath)} against {sourcePath}");
    foreach (var (field, score) in Fields(gold, extracted))
    {
        Console.WriteLine($"  {field,-12} {score}");
        totals[field] = totals.GetValueOrDefault(field) + score;
    }
}
Console.WriteLine("all articles");
foreach (var (field, score) in totals)
    Console.WriteLine($"  {field,-12} {score}");
return 0;

// Each field compares sets of keys: a key is what must agree for the field to be right.
static IEnumerable<(string, Score)> Fields(Article gold, Article extracted)
{
    string Name(Article a, string? id) => a.Entities.FirstOrDefault(e => e.Id == id)?.Name ?? "";
    yield return ("statement", Score.Of(gold.Statements.Select(s => $"{s.Span}"), extracted.Statements.Select(s => $"{s.Span}")));
    yield return ("source", Score.Of(
        gold.Statements.Select(s => $"{s.Source.Span}|{Name(gold, s.Source.Entity)}|{s.Source.Anonymous}|{s.Source.Role}|{Name(gold, s.Source.Organization)}"),
        extracted.Statements.Select(s => $"{s.Source.Span}|{Name(extracted, s.Source.Entity)}|{s.Source.Anonymous}|{s.Source.Role}|{Name(extracted, s.Source.Organization)}")));
    yield return ("cue", Score.Of(gold.Statements.Where(s => s.Cue is not null).Select(s => $"{s.Cue!.Span}|{s.Cue.Lemma}"), extracted.Statements.Where(s => s.Cue is not null).Select(s => $"{s.Cue!.Span}|{s.Cue.Lemma}")));
    yield return ("content", Score.Of(gold.Statements.Select(s => $"{s.Content?.Span}"), extracted.Statements.Select(s => $"{s.Content?.Span}")));
    yield return ("form", Score.Of(gold.Statements.Select(s => $"{s.Span}|{s.Form}"), extracted.Statements.Select(s => $"{s.Span}|{s.Form}")));
    yield return ("quote", Score.Of(gold.Statements.SelectMany(s => s.Quotes).Select(q => $"{q.Span}"), extracted.Statements.SelectMany(s => s.Quotes).Select(q => $"{q.Span}")));
    yield return ("channel", Score.Of(
        gold.Statements.Where(s => s.Channel is not null).Select(s => $"{s.Span}|{s.Channel!.Kind}|{s.Channel.Span}|{Name(gold, s.Channel.Outlet)}"),
        extracted.Statements.Where(s => s.Channel is not null).Select(s => $"{s.Span}|{s.Channel!.Kind}|{s.Channel.Span}|{Name(extracted, s.Channel.Outlet)}")));
    yield return ("claim", Score.Of(gold.Claims.Select(c => $"{c.Span}|{c.Attributed}"), extracted.Claims.Select(c => $"{c.Span}|{c.Attributed}")));
    yield return ("value", Score.Of(gold.Claims.SelectMany(c => c.Values).Select(v => $"{v.Span}|{v.Kind}|{v.Value}"), extracted.Claims.SelectMany(c => c.Values).Select(v => $"{v.Span}|{v.Kind}|{v.Value}")));
    yield return ("entity", Score.Of(gold.Entities.Select(e => $"{e.Name}|{e.Kind}"), extracted.Entities.Select(e => $"{e.Name}|{e.Kind}")));
    yield return ("mention", Score.Of(gold.Entities.SelectMany(e => e.Mentions.Select(m => $"{e.Name}|{m.Span}")), extracted.Entities.SelectMany(e => e.Mentions.Select(m => $"{e.Name}|{m.Span}"))));
}

static void Speed()
{
    const string sentence = "Marcus Lee, a spokesperson for the Kestrel Port Authority, said in remarks to Radio Norte that “talks will resume on Monday,” adding that about 3,200 workers had walked out. ";
    foreach (var megabytes in new[] { 1, 2, 4 })
    {
        var text = new StringBuilder();
        while (text.Length < megabytes * 1_000_000)
            text.Append(sentence);
        ArticleExtractor.Extract(sentence, "warm.txt", InputFormat.Text);
        var clock = Stopwatch.StartNew();
        var result = ArticleExtractor.Extract(text.ToString(), "big.txt", InputFormat.Text);
        clock.Stop();
        Console.WriteLine($"{megabytes} MB single paragraph: {clock.Elapsed.TotalSeconds:0.00} s, {result.Document!.Article.Statements.Count} statements, {clock.Elapsed.TotalMilliseconds / megabytes:0} ms/MB");
    }
}

static string FindRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ClaimCheck.sln")))
        directory = directory.Parent;
    return directory?.FullName ?? Directory.GetCurrentDirectory();
}

/// <summary>True positives, and how many keys each side has; precision, recall and F1 from them.</summary>
internal readonly record struct Score(int Matched, int Gold, int Extracted)
{
    public static Score Of(IEnumerable<string> gold, IEnumerable<string> extracted)
    {
        var g = gold.ToHashSet(StringComparer.Ordinal);
        var e = extracted.ToHashSet(StringComparer.Ordinal);
        return new Score(g.Intersect(e).Count(), g.Count, e.Count);
    }

    public static Score operator +(Score a, Score b) => new(a.Matched + b.Matched, a.Gold + b.Gold, a.Extracted + b.Extracted);

    public override string ToString()
    {
        var p = Extracted == 0 ? 1.0 : (double)Matched / Extracted;
        var r = Gold == 0 ? 1.0 : (double)Matched / Gold;
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return $"P {p:0.00}  R {r:0.00}  F1 {f:0.00}  ({Matched} of {Gold} gold, {Extracted} extracted)";
    }
}
