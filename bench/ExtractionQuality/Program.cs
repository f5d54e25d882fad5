// Extraction quality and speed, measured, not asserted: run
//   dotnet run -c Release --project bench/ExtractionQuality            (precision/recall per field)
//   dotnet run -c Release --project bench/ExtractionQuality -- --speed (time on 1, 2 and 4 MB paragraphs)
//   dotnet run -c Release --project bench/ExtractionQuality -- --corpus DIR [--rounds N] [--dump OUT] [--lexicon DIR]
//     (warm in-process extraction of every .txt/.md under DIR; --dump writes each model for diffing)
// The gold set is every hand-made model in examples/ whose source.path names a text article.
using System.Diagnostics;
using System.Text;
using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Input;
using ClaimCheck.Extraction.Quality;
using ClaimCheck.Model;
using ClaimCheck.Model.Loading;

var root = FindRoot();
if (Array.IndexOf(args, "--corpus") is var corpus and >= 0 && corpus + 1 < args.Length)
    return CorpusSpeed.Run(args[corpus + 1], OptionValue("--dump"), int.TryParse(OptionValue("--rounds"), out var rounds) ? rounds : 3, OptionValue("--lexicon"));
if (args.Contains("--speed"))
{
    Speed();
    return 0;
}

var totals = new Dictionary<string, FieldScore>();
foreach (var modelPath in Directory.GetFiles(Path.Combine(root, "examples"), "*.json").Order(StringComparer.Ordinal))
{
    var gold = ArticleLoader.Load(modelPath).Document?.Article;
    if (gold?.Source?.Path is not { } sourcePath || ArticleExtractor.FormatOf(sourcePath) is null)
        continue;
    var extracted = ArticleLoader.Load(Path.Combine(Path.GetDirectoryName(modelPath)!, sourcePath)).Document!.Article;
    Console.WriteLine($"{Path.GetFileName(modelPath)} against {sourcePath}");
    foreach (var (field, score) in ExtractionScorer.Fields(gold, extracted))
    {
        Console.WriteLine($"  {field,-12} {score}");
        totals[field] = totals.GetValueOrDefault(field) + score;
    }
}
Console.WriteLine("all articles");
foreach (var (field, score) in totals)
    Console.WriteLine($"  {field,-12} {score}");
return 0;

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

string? OptionValue(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

static string FindRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ClaimCheck.sln")))
        directory = directory.Parent;
    return directory?.FullName ?? Directory.GetCurrentDirectory();
}
