using System.CommandLine;
using ClaimCheck.Checking;
using ClaimCheck.Diagnostics;
using ClaimCheck.Extraction;
using ClaimCheck.IO;
using ClaimCheck.Loading;
using ClaimCheck.Model.Loading;
using ClaimCheck.Registry;
using ClaimCheck.Reporting;

namespace ClaimCheck.Cli.Commands;

/// <summary><c>claimcheck check PATHS...</c>: load rules and articles, check, report.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Articles (.txt, .md, .html) and article models (.json, .yaml), folders to walk, globs such as 'examples/*.json', or '-' for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var rules = CommonOptions.Rules();
        var registry = CommonOptions.Registry();
        var format = new Option<ReportFormat>("--format", "-f")
        {
            Description = "Report format: text, json, sarif, junit, markdown, html or jsonl (one line per article, streamed).",
            DefaultValueFactory = _ => ReportFormat.Text,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the report to this file (atomically: a killed run leaves the old file whole) instead of standard output.",
        };
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "Exit 1 when a finding is at or above this level: error, warning, info or none (default: the configuration's, else error).",
        };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "none");
        var config = new Option<string?>("--config", "-c")
        {
            Description = "The claimcheck.yaml to use (default: found by walking up from the first path).",
        };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Check this many articles at once (default: the number of cores). Output is the same whatever the number.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
                result.AddError("--jobs must be at least 1.");
        });
        var noColor = new Option<bool>("--no-color") { Description = "Never colour the text report." };
        var noProgress = new Option<bool>("--no-progress") { Description = "Never draw the progress bar (drawn on standard error only when it is a terminal and more than one article is checked)." };
        var baseline = new Option<string?>("--baseline")
        {
            Description = "An earlier report (json, jsonl or sarif): findings it already has are not reported again, so only new ones show and fail the run.",
        };
        var inputFormat = CommonOptions.InputFormat();
        var lexicon = CommonOptions.Lexicon();
        var cacheDir = CommonOptions.CacheDir();
        var timeLimit = new Option<int>("--csharp-time-limit")
        {
            Description = "Milliseconds a rule's C# blocks may run on one article before the rule is stopped (CC6002).",
            DefaultValueFactory = _ => (int)RuleSetOptions.DefaultCSharpTimeLimit.TotalMilliseconds,
        };
        timeLimit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
                result.AddError("--csharp-time-limit must be a positive number of milliseconds.");
        });

        var command = new Command("check", "Check articles against the rules and print a compliance report.")
        {
            paths, rules, registry, config, format, output, failOn, baseline, jobs, noColor, noProgress, inputFormat, lexicon, cacheDir, timeLimit, CommonOptions.Verbose(),
        };
        command.SetAction(parse => Run(context, new CheckRequest(
            parse.GetValue(paths) ?? [],
            parse.GetValue(rules) ?? [],
            parse.GetValue(registry) ?? [],
            parse.GetValue(config),
            parse.GetValue(format),
            parse.GetValue(output),
            parse.GetValue(failOn),
            !parse.GetValue(noColor),
            parse.GetValue(baseline),
            parse.GetValue(jobs),
            new RuleSetOptions { CacheDirectory = parse.GetValue(cacheDir), CSharpTimeLimit = TimeSpan.FromMilliseconds(parse.GetValue(timeLimit)) },
            new ExtractionOptions { InputFormat = parse.GetValue(inputFormat), LexiconDirectory = parse.GetValue(lexicon) })
        {
            NoProgress = parse.GetValue(noProgress),
        }));
        return command;
    }

    private static int Run(CliContext context, CheckRequest request)
    {
        if (CheckConfiguration.Load(context, request) is not { } setup)
            return ExitCodes.CouldNotRun;
        var (loadingRules, failOn, accept, registries) = setup;
        var inputDiagnostics = new DiagnosticBag();
        var files = ArticlePaths.Expand(request.Paths.Where(p => p != ArticleInputs.StandardInput), inputDiagnostics, accept).ToList();
        if (request.Paths.Contains(ArticleInputs.StandardInput))
            files.Insert(0, ArticleInputs.StandardInput);
        // Start-up is mostly one-off work (compiling code, reading rules): the first article is
        // read on this thread while the rules load on another. Nothing of it shows before the rules are known to be good.
        var inputs = new ArticleInputs(context, request.Extraction);
        if (files.Count > 0 && !loadingRules.IsCompleted)
            inputs.Preload(files[0]);
        var ruleSet = loadingRules.GetAwaiter().GetResult();
        DiagnosticPrinter.Print(ruleSet.Diagnostics, context.Error);
        if (ruleSet.HasErrors)
        {
            context.Error.WriteLine($"claimcheck: the rules have {DiagnosticPrinter.Summary(ruleSet.Diagnostics)}; nothing was checked.");
            return ExitCodes.CouldNotRun;
        }

        ReferenceRegistry? registry = null;
        if (registries.Length > 0)
        {
            var loaded = RegistryLoader.Load(registries);
            DiagnosticPrinter.Print(loaded.Diagnostics, context.Error);
            if (loaded.HasErrors)
            {
                context.Error.WriteLine($"claimcheck: the registry has {DiagnosticPrinter.Summary(loaded.Diagnostics)}; nothing was checked.");
                return ExitCodes.CouldNotRun;
            }
            registry = loaded.Registry;
        }

        Baseline? known = null;
        if (request.Baseline is { } baselinePath)
        {
            var (loadedBaseline, error) = Baseline.Load(baselinePath);
            if (error is not null)
            {
                DiagnosticPrinter.Print([error], context.Error);
                return ExitCodes.CouldNotRun;
            }
            known = loadedBaseline;
        }

        var fails = request.Format == ReportFormat.Jsonl
            ? Stream(context, ruleSet, registry, known, files, inputs, request, failOn, inputDiagnostics)
            : Assemble(context, ruleSet, registry, known, files, inputs, request, failOn, inputDiagnostics);
        if (fails is null || inputDiagnostics.HasErrors)
            return ExitCodes.CouldNotRun;
        return fails.Value ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>Checks every article, then writes one report; null when the report could not be written.</summary>
    private static bool? Assemble(CliContext context, RuleSet ruleSet, ReferenceRegistry? registry, Baseline? known, IReadOnlyList<string> files, ArticleInputs inputs, CheckRequest request,
        DiagnosticSeverity? failOn, DiagnosticBag inputDiagnostics)
    {
        var (format, output) = (request.Format, request.Output);
        var results = CheckProgress.Run(context, request, files.Count, (advance, shown) =>
        {
            var checkedArticles = new List<ArticleResult>();
            var filter = new BaselineFilter(known);
            foreach (var item in ParallelChecker.Check(files, ruleSet, registry, request.Jobs, file => inputs.Load(shown, file), filter.Apply))
            {
                inputDiagnostics.AddRange(item.Loaded.Diagnostics);
                if (item.Result is { } result)
                    checkedArticles.Add(result);
                advance();
            }
            filter.Report(shown);
            return checkedArticles;
        });
        DiagnosticPrinter.Print(inputDiagnostics.Items, context.Error);

        var report = new ComplianceReport(ruleSet.Rules, [.. results], [.. DiagnosticFormatter.Sort(inputDiagnostics.Items)])
        {
            RuleDiagnostics = ruleSet.Diagnostics,
        };
        var color = request.AllowColor && output is null && context.UseColor && format == ReportFormat.Text;
        var writer = new StringWriter { NewLine = "\n" };
        ReportWriters.For(format, color).Write(report, writer);
        if (!WriteOutput(context, output, target => target.Write(writer.ToString())))
            return null;
        return report.FailsAt(failOn);
    }

    /// <summary>
    /// JSON Lines: each article's line is written and flushed as soon as it and the articles before
    /// it are checked (with one job, before the next is loaded), and no other result is kept, so a
    /// pipeline sees results at once and a large corpus needs no more memory than the window of
    /// articles in flight. With --output the lines stream into the temporary file.
    /// </summary>
    private static bool? Stream(CliContext context, RuleSet ruleSet, ReferenceRegistry? registry, Baseline? known, IReadOnlyList<string> files, ArticleInputs inputs, CheckRequest request,
        DiagnosticSeverity? failOn, DiagnosticBag inputDiagnostics)
    {
        var output = request.Output;
        DiagnosticPrinter.Print(inputDiagnostics.Items, context.Error);
        var writer = new JsonLinesReportWriter();
        var fails = false;
        var written = WriteOutput(context, output, target => CheckProgress.Run(context, request, files.Count, (advance, shown) =>
        {
            var filter = new BaselineFilter(known);
            ParallelChecker.Checked Render(ParallelChecker.Checked item)
            {
                item = filter.Apply(item);
                if (item.Result is not { } result)
                    return item;
                var line = new StringWriter { NewLine = "\n" };
                writer.WriteArticle(result, line);
                return item with { Line = line.ToString() };
            }

            foreach (var item in ParallelChecker.Check(files, ruleSet, registry, request.Jobs, file => inputs.Load(shown, file), Render))
            {
                inputDiagnostics.AddRange(item.Loaded.Diagnostics);
                DiagnosticPrinter.Print(item.Loaded.Diagnostics, shown.Error);
                advance();
                if (item.Result is not { } result)
                    continue;
                target.Write(item.Line);
                target.Flush();
                fails |= new ComplianceReport(ruleSet.Rules, [result], []).FailsAt(failOn);
            }
            filter.Report(shown);
            return true;
        }));
        return written ? fails : null;
    }

    private static bool WriteOutput(CliContext context, string? output, Action<TextWriter> write)
    {
        if (output is null)
        {
            write(context.Out);
            return true;
        }
        try
        {
            AtomicFile.Write(output, write);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"{output}: error CC9003: {DiagnosticDescriptors.OutputFailed.Format(output, e.Message)}");
            return false;
        }
    }

    internal static DiagnosticSeverity? ParseLevel(string level) => level switch
    {
        "warning" => DiagnosticSeverity.Warning,
        "info" => DiagnosticSeverity.Info,
        "none" => null,
        _ => DiagnosticSeverity.Error,
    };
}
