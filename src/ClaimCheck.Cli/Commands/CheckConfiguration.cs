using ClaimCheck.Configuration;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// Joins the command line with claimcheck.yaml: flags win over the configuration, which wins
/// over the defaults. One configuration governs a run: --config, or the one found by walking
/// up from the first path.
/// </summary>
internal static class CheckConfiguration
{
    /// <param name="RuleSet">Loading on a worker: the caller reads the first article meanwhile (see <see cref="CheckCommand"/>).</param>
    public sealed record Setup(Task<RuleSet> RuleSet, DiagnosticSeverity? FailOn, Func<string, bool> Accept, string[] Registries);

    public static Setup? Load(CliContext context, CheckRequest request)
    {
        var config = ClaimCheckConfig.Default;
        var path = request.Config ?? FindFor(request.Paths);
        if (request.Config is not null && !File.Exists(request.Config))
        {
            context.Error.WriteLine($"{request.Config}: error CC9001: {DiagnosticDescriptors.PathNotFound.Format(request.Config)}");
            return null;
        }
        if (path is not null)
        {
            var (loaded, diagnostics) = ConfigLoader.Load(path);
            DiagnosticPrinter.Print(diagnostics, context.Error);
            if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                context.Error.WriteLine($"claimcheck: the configuration has {DiagnosticPrinter.Summary(diagnostics)}; nothing was checked.");
                return null;
            }
            config = loaded;
        }

        var rulePaths = request.Rules.Length > 0 ? request.Rules : config.Rules.ToArray();
        var ruleSet = Task.Run(() => RuleSet.Load(rulePaths, request.Options).WithSeverities(config.Severity));
        var failOn = request.FailOn is { } flag ? CheckCommand.ParseLevel(flag) : config.FailOn;
        var registries = request.Registries.Length > 0 ? request.Registries : config.Registries.ToArray();
        return new Setup(ruleSet, failOn, ArticleFilter.For(config), registries);
    }

    private static string? FindFor(string[] paths)
    {
        var first = paths.FirstOrDefault(p => File.Exists(p) || Directory.Exists(p));
        return first is null ? ConfigFinder.Find(Environment.CurrentDirectory) : ConfigFinder.Find(first);
    }
}
