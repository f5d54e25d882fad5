using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ClaimCheck.Benchmarks.Columns;
using ClaimCheck.Benchmarks.Inputs;
using ClaimCheck.Extraction;
using ClaimCheck.Extraction.Input;

namespace ClaimCheck.Benchmarks.Extraction;

/// <summary>
/// ArticleExtractor.Extract (plain text, the default lexicon) on the seed article and on wire
/// stories of about 1, 10 and 100 KB; the KB and Mean/KB columns show how time grows with size.
/// The default lexicon is loaded once per process (Lexicon.Default), before measuring.
/// </summary>
[Config(typeof(Config))]
public class ExtractionBenchmarks
{
    private string _text = "";

    [Params("damascus", "wire-1KB", "wire-10KB", "wire-100KB")]
    public string Input { get; set; } = "damascus";

    public static string TextOf(string input) => input switch
    {
        "damascus" => Examples.Read("damascus.txt"),
        "wire-1KB" => WireText.OfAtLeast(1024),
        "wire-10KB" => WireText.OfAtLeast(10 * 1024),
        "wire-100KB" => WireText.OfAtLeast(100 * 1024),
        _ => throw new ArgumentOutOfRangeException(nameof(input), input, "no such input"),
    };

    [GlobalSetup]
    public void Setup()
    {
        _text = TextOf(Input);
        if (ArticleExtractor.Extract(_text, Input + ".txt", InputFormat.Text) is { Document: null } failed)
            throw new InvalidOperationException($"{Input} gives no model: {failed.Diagnostics[0].Message}");
    }

    [Benchmark]
    public int Extract()
    {
        var result = ArticleExtractor.Extract(_text, Input + ".txt", InputFormat.Text);
        return result.Document!.Article.Statements.Count;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            Add(new SuiteConfig());
            var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
            int CharsOf(object input) => sizes.TryGetValue((string)input, out var n) ? n : sizes[(string)input] = TextOf((string)input).Length;
            AddColumn(new PerKilobyteColumn(nameof(Input), CharsOf, perKilobyte: false), new PerKilobyteColumn(nameof(Input), CharsOf, perKilobyte: true));
        }
    }
}
