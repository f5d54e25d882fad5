using System.CommandLine;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Cli.Commands;

/// <summary><c>claimcheck rules lint|list|explain</c>: work with rule files without checking articles.</summary>
internal static class RulesCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("rules", "Lint, list and explain rules.");
        command.Subcommands.Add(Lint(context));
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Explain(context));
        return command;
    }

    private static Command Lint(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Rule files or folders (default: the bundled packs; 'bundled:' names them).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var cacheDir = CommonOptions.CacheDir();
        var command = new Command("lint", "Parse and bind rule files and report every diagnostic.") { paths, cacheDir };
        command.SetAction(parse =>
        {
            var ruleSet = RuleSet.Load(parse.GetValue(paths) ?? [], new RuleSetOptions { CacheDirectory = parse.GetValue(cacheDir) });
            DiagnosticPrinter.Print(ruleSet.Diagnostics, context.Out);
            context.Out.WriteLine($"{ruleSet.Rules.Length} rule{(ruleSet.Rules.Length == 1 ? "" : "s")} bound; {DiagnosticPrinter.Summary(ruleSet.Diagnostics)}.");
            return ruleSet.HasErrors ? ExitCodes.CouldNotRun : ExitCodes.Success;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var rules = CommonOptions.Rules();
        var command = new Command("list", "List the loaded rules: ID, severity, subject and title.") { rules };
        command.SetAction(parse =>
        {
            var ruleSet = RuleSet.Load(parse.GetValue(rules) ?? []);
            if (ruleSet.HasErrors)
            {
                DiagnosticPrinter.Print(ruleSet.Diagnostics, context.Error);
                return ExitCodes.CouldNotRun;
            }
            var idWidth = Math.Max(2, ruleSet.Rules.Select(r => r.Id.Length).DefaultIfEmpty(0).Max());
            context.Out.WriteLine($"{"ID".PadRight(idWidth)}  {"SEVERITY",-8}  {"SUBJECT",-12}  TITLE");
            foreach (var rule in ruleSet.Rules)
                context.Out.WriteLine($"{rule.Id.PadRight(idWidth)}  {rule.Severity.ToString().ToLowerInvariant(),-8}  {rule.Subject.Name,-12}  {rule.Title}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Explain(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "The rule ID, such as ATTR001." };
        var rules = CommonOptions.Rules();
        var command = new Command("explain", "Show what a rule checks, where it is defined, and how to fix its findings.") { id, rules };
        command.SetAction(parse =>
        {
            var ruleSet = RuleSet.Load(parse.GetValue(rules) ?? []);
            var wanted = parse.GetValue(id)!;
            if (ruleSet.Find(wanted) is not { } rule)
            {
                var suggestion = Suggestions.DidYouMean(wanted, ruleSet.Rules.Select(r => r.Id));
                context.Error.WriteLine($"claimcheck: error CC9004: {DiagnosticDescriptors.UnknownRule.Format(wanted, suggestion)}");
                return ExitCodes.CouldNotRun;
            }
            var output = context.Out;
            output.WriteLine($"{rule.Id}: {rule.Title}");
            output.WriteLine($"  severity: {rule.Severity.ToString().ToLowerInvariant()}");
            output.WriteLine($"  checks:   each {rule.Subject.Name}");
            if (rule.PolicySentence is { } sentence)
                output.WriteLine($"  policy:   {sentence}");
            if (rule.Tags.Length > 0)
                output.WriteLine($"  tags:     {string.Join(", ", rule.Tags)}");
            output.WriteLine($"  defined:  {rule.Location.Path}({rule.Location.Start.Line + 1},{rule.Location.Start.Character + 1})");
            if (rule.Help is { } help)
                output.WriteLine($"  help:     {help}");
            output.WriteLine();
            foreach (var line in rule.Definition.Split('\n'))
                output.WriteLine("    " + line.TrimEnd('\r'));
            return ExitCodes.Success;
        });
        return command;
    }
}
