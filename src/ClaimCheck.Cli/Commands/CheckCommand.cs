using System.CommandLine;
using ClaimCheck.Checking;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction;
using ClaimCheck.IO;
using ClaimCheck.Loading;
using ClaimCheck.Model.Loading;
using ClaimCheck.Reporting;

namespace ClaimCheck.Cli.Commands;

/// <summary><c>claimcheck check PATHS...</c>: load rules and articles, check, report.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Articles (.txt, .md, .html, .htm), model files (.json, .yaml), folders to walk, globs such as 'examples/*.json', or '-' for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var rules = CommonOptions.Rules();
        var format = new Option<ReportFormat>("--format", "-f")
        {
            Description = "Report format: text or json.",
            DefaultValueFactory = _ => ReportFormat.Text,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the report to this file (atomically: a killed run leaves the old file whole) instead of standard output.",
        };
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit 1 when a finding is at or above this level: error, warning, info or none.",
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "none");
        var noColor = new Option<bool>("--no-color") { Description = "Never colour the text report." };
        var inputFormat = CommonOptions.InputFormat();
        var lexicon = CommonOptions.Lexicon();

        var command = new Command("check", "Check articles against the rules and print a compliance report.")
        {
            paths, rules, format, output, failOn, noColor, inputFormat, lexicon, CommonOptions.Verbose(),
        };
        command.SetAction(parse => Run(
            context,
            parse.GetValue(paths) ?? [],
            parse.GetValue(rules) ?? [],
            parse.GetValue(format),
            parse.GetValue(output),
            ParseLevel(parse.GetValue(failOn)!),
            !parse.GetValue(noColor),
            new ExtractionOptions { InputFormat = parse.GetValue(inputFormat), LexiconDirectory = parse.GetValue(lexicon) }));
        return command;
    }

    private static int Run(CliContext context, string[] paths, string[] rulePaths, ReportFormat format, string? output, DiagnosticSeverity? failOn, bool allowColor, ExtractionOptions options)
    {
        var ruleSet = RuleSet.Load(rulePaths);
        DiagnosticPrinter.Print(ruleSet.Diagnostics, context.Error);
        if (ruleSet.HasErrors)
        {
            context.Error.WriteLine($"claimcheck: the rules have {DiagnosticPrinter.Summary(ruleSet.Diagnostics)}; nothing was checked.");
            return ExitCodes.CouldNotRun;
        }

        var inputDiagnostics = new DiagnosticBag();
        var files = ArticlePaths.Expand(paths.Where(p => p != ArticleInputs.StandardInput), inputDiagnostics).ToList();
        if (paths.Contains(ArticleInputs.StandardInput))
            files.Insert(0, ArticleInputs.StandardInput);
        var results = new List<ArticleResult>();
        foreach (var file in files)
        {
            var loaded = ArticleInputs.Load(context, file, options);
            inputDiagnostics.AddRange(loaded.Diagnostics);
            if (loaded.Document is { } document)
                results.Add(ruleSet.Check(document));
        }
        DiagnosticPrinter.Print(inputDiagnostics.Items, context.Error);

        var report = new ComplianceReport(ruleSet.Rules, [.. results], [.. DiagnosticFormatter.Sort(inputDiagnostics.Items)]);
        var color = allowColor && output is null && context.UseColor && format == ReportFormat.Text;
        var writer = new StringWriter { NewLine = "\n" };
        ReportWriters.For(format, color).Write(report, writer);
        if (output is null)
        {
            context.Out.Write(writer.ToString());
        }
        else
        {
            try
            {
                AtomicFile.WriteAllText(output, writer.ToString());
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"{output}: error CC9003: {DiagnosticDescriptors.OutputFailed.Format(output, e.Message)}");
                return ExitCodes.CouldNotRun;
            }
        }

        if (inputDiagnostics.HasErrors)
            return ExitCodes.CouldNotRun;
        return report.FailsAt(failOn) ? ExitCodes.Findings : ExitCodes.Success;
    }

    internal static DiagnosticSeverity? ParseLevel(string level) => level switch
    {
        "warning" => DiagnosticSeverity.Warning,
        "info" => DiagnosticSeverity.Info,
        "none" => null,
        _ => DiagnosticSeverity.Error,
    };
}
