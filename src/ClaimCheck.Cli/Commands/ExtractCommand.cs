using System.CommandLine;
using ClaimCheck.Model.Loading;
using ClaimCheck.Model.Serialization;

namespace ClaimCheck.Cli.Commands;

/// <summary><c>claimcheck extract ARTICLE</c>: print the article model the rules see.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var article = new Argument<string>("article") { Description = "An article model file (.json, .yaml)." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: json or yaml.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "yaml");
        var command = new Command("extract", "Print the structured model of an article (statements, quotes, channels, claims, entities).") { article, format };
        command.SetAction(parse =>
        {
            var loaded = ArticleLoader.Load(parse.GetValue(article)!);
            DiagnosticPrinter.Print(loaded.Diagnostics, context.Error);
            if (loaded.Document is not { } document)
                return ExitCodes.CouldNotRun;
            var json = ArticleJson.Serialize(document.Article);
            context.Out.Write(parse.GetValue(format) == "yaml" ? ArticleYaml.FromJson(json) : json + "\n");
            return ExitCodes.Success;
        });
        return command;
    }
}
