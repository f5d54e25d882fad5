using System.CommandLine;
using ClaimCheck.Diagnostics;
using ClaimCheck.Fixtures;
using ClaimCheck.Reporting;
using ClaimCheck.Snapshots;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// <c>claimcheck test [DIR]</c>: snapshot and expectation tests of rules on article fixtures.
/// Everything but rule errors goes to standard output, and its last line is the summary a CI reads.
/// </summary>
internal static class TestCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("dir")
        {
            Description = "The folder of article fixtures (walked recursively; default: the current folder), or one fixture file.",
            DefaultValueFactory = _ => ".",
        };
        var rules = CommonOptions.Rules();
        var format = new Option<ReportFormat>("--format", "-f")
        {
            Description = "The report format snapshotted: text (NAME.verified.txt) or json (NAME.verified.json).",
            DefaultValueFactory = _ => ReportFormat.Text,
        };
        var accept = new Option<bool>("--accept") { Description = $"Accept new and changed reports as the verified snapshots (or set {SnapshotFile.AcceptVariable}=1)." };
        var coverage = new Option<bool>("--coverage") { Description = "Also fail each rule that no fixture makes fire, and each that no fixture shows passing." };
        var command = new Command("test", "Test rules on article fixtures: compare each report with its verified snapshot and check expectation comments.")
        {
            directory, rules, format, accept, coverage, CommonOptions.Verbose(),
        };
        command.SetAction(parse => Run(
            context,
            parse.GetValue(directory) ?? ".",
            parse.GetValue(rules) ?? [],
            parse.GetValue(format),
            parse.GetValue(accept) || Environment.GetEnvironmentVariable(SnapshotFile.AcceptVariable) == "1",
            parse.GetValue(coverage)));
        return command;
    }

    private static int Run(CliContext context, string directory, string[] rulePaths, ReportFormat format, bool accept, bool coverage)
    {
        if (!Directory.Exists(directory) && !File.Exists(directory))
        {
            context.Error.WriteLine($"{directory}: error CC9001: {DiagnosticDescriptors.PathNotFound.Format(directory)}");
            return ExitCodes.CouldNotRun;
        }
        var ruleSet = RuleSet.Load(rulePaths);
        DiagnosticPrinter.Print(ruleSet.Diagnostics, context.Error);
        if (ruleSet.HasErrors)
        {
            context.Error.WriteLine($"claimcheck: the rules have {DiagnosticPrinter.Summary(ruleSet.Diagnostics)}; nothing was tested.");
            return ExitCodes.CouldNotRun;
        }
        var found = new DiagnosticBag();
        var fixtures = FixtureFinder.Find(directory, found);
        if (found.Items.Count == 0 && fixtures.Count == 0)
            found.ReportAtPath(directory, DiagnosticDescriptors.NoArticles, $"'{directory}'");
        if (found.HasErrors)
        {
            DiagnosticPrinter.Print(found.Items, context.Error);
            return ExitCodes.CouldNotRun;
        }

        // One fixture file may be named too; its paths are then relative to its own folder.
        var root = File.Exists(directory) ? (Path.GetDirectoryName(directory) is { Length: > 0 } parent ? parent : ".") : directory;
        var results = new FixtureRunner(ruleSet, root, format, accept).Run(fixtures);
        var output = context.Out;
        foreach (var result in results)
            Print(result, output);

        var (passed, failed, skipped) = (results.Count(r => r.Status == FixtureStatus.Passed), results.Count(r => r.Status == FixtureStatus.Failed), results.Count(r => r.Status == FixtureStatus.Skipped));
        if (coverage)
        {
            foreach (var (ruleId, problems) in RuleCoverage.Check(ruleSet, results))
            {
                output.WriteLine($"{(problems.Count == 0 ? "PASS" : "FAIL")} coverage of {ruleId}");
                DiagnosticPrinter.Print(problems, output);
                if (problems.Count == 0)
                    passed++;
                else
                    failed++;
            }
        }
        output.WriteLine($"{passed} passed, {failed} failed" + (skipped > 0 ? $", {skipped} skipped" : ""));
        return failed > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static void Print(FixtureResult result, TextWriter output)
    {
        var path = Loading.DisplayPaths.Of(result.Path);
        switch (result.Status)
        {
            case FixtureStatus.Skipped:
                output.WriteLine($"SKIP {path} ({result.SkipReason})");
                return;
            case FixtureStatus.Passed:
                output.WriteLine(result.Accepted ? $"PASS {path} (snapshot accepted)" : $"PASS {path}");
                break;
            default:
                output.WriteLine($"FAIL {path}");
                break;
        }
        // Warnings (a source file that differs) are worth seeing even on a pass.
        DiagnosticPrinter.Print(result.Diagnostics, output);
        if (result.Diff.Length > 0)
            output.Write(result.Diff);
    }
}
