using ClaimCheck.Diagnostics;
using ClaimCheck.IO;
using ClaimCheck.Reporting;

namespace ClaimCheck.Fixtures;

/// <summary>
/// Lays out a rule-pack folder from <see cref="RulePackTemplate"/> and accepts the fixture's
/// snapshot by running it, so the new suite passes as soon as it exists. Never overwrites:
/// if any file is already there, nothing is written.
/// </summary>
public static class RulePackInit
{
    public const string SnapshotFile = "fixtures/ferry-fares.verified.txt";

    /// <summary>Writes the pack under <paramref name="directory"/>; returns the files written, or none (with CC9039s) if one exists.</summary>
    public static IReadOnlyList<string> Create(string directory, DiagnosticBag diagnostics)
    {
        var files = RulePackTemplate.Files();
        var targets = files.Select(f => f.Path).Append(SnapshotFile).Select(p => Path.Combine(directory, p)).ToList();
        var existing = targets.Where(t => File.Exists(t) || Directory.Exists(t)).ToList();
        foreach (var path in existing)
            diagnostics.ReportAtPath(Loading.DisplayPaths.Of(path), DiagnosticDescriptors.InitFileExists, Loading.DisplayPaths.Of(path));
        if (existing.Count > 0)
            return [];

        foreach (var (path, content) in files)
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            AtomicFile.WriteAllText(full, content);
        }

        var ruleSet = RuleSet.Load([Path.Combine(directory, "rules")]);
        var fixtures = Path.Combine(directory, "fixtures");
        new FixtureRunner(ruleSet, fixtures, ReportFormat.Text, accept: true).Run(FixtureFinder.Find(fixtures, diagnostics));
        return targets.Select(Loading.DisplayPaths.Of).ToArray();
    }
}
