using System.CommandLine;
using ClaimCheck.Extraction;
using ClaimCheck.Model.Serialization;

namespace ClaimCheck.Cli.Commands;

/// <summary><c>claimcheck extract ARTICLE</c>: print the article model the rules see.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var article = new Argument<string>("article")
        {
            Description = "An article (.txt, .md, .html, .htm) to extract the model from, a model file (.json, .yaml) to print, or '-' for standard input.",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: json or yaml (the model), or text (a summary: who said what, through which channel, which claims have no source).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "yaml", "text");
        var inputFormat = CommonOptions.InputFormat();
        var lexicon = CommonOptions.Lexicon();
        var command = new Command("extract", "Print the structured model of an article (statements, quotes, channels, claims, entities).") { article, format, inputFormat, lexicon };
        command.SetAction(parse =>
        {
            var options = new ExtractionOptions { InputFormat = parse.GetValue(inputFormat), LexiconDirectory = parse.GetValue(lexicon) };
            var loaded = ArticleInputs.Load(context, parse.GetValue(article)!, options);
            DiagnosticPrinter.Print(loaded.Diagnostics, context.Error);
            if (loaded.Document is not { } document)
                return ExitCodes.CouldNotRun;
            var json = ArticleJson.Serialize(document.Article);
            context.Out.Write(parse.GetValue(format) switch
            {
                "yaml" => ArticleYaml.FromJson(json),
                "text" => ArticleSummary.Write(document),
                _ => json + "\n",
            });
            return ExitCodes.Success;
        });
        return command;
    }
}
