using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Model;
using ClaimCheck.Model.Loading;
using ClaimCheck.Reporting;
using ClaimCheck.Snapshots;

namespace ClaimCheck.Fixtures;

/// <summary>
/// Runs a folder of fixtures against a rule set: each fixture's report is scrubbed and compared
/// with <c>NAME.verified.EXT</c> beside it, and its expectation comments are held against its findings.
/// </summary>
public sealed class FixtureRunner(RuleSet ruleSet, string directory, ReportFormat format, bool accept)
{
    public IReadOnlyList<FixtureResult> Run(IReadOnlyList<string> fixtures)
    {
        var loaded = fixtures.Select(path => (Path: path, Load: ArticleLoader.Load(path))).ToList();

        // A model's own source file (damascus.txt beside damascus.json) is part of that fixture, not another one.
        var sources = loaded
            .Where(l => l.Load.Document is { } d && d.Display.Path != d.ModelPath)
            .Select(l => Full(l.Load.Document!.Display.Path))
            .ToHashSet(StringComparer.Ordinal);
        loaded = loaded.Where(l => !sources.Contains(Full(l.Path))).ToList();

        var names = SnapshotNames(loaded.Select(l => l.Path).ToList());
        var scrubber = SnapshotScrubber.ForFolder(directory, ruleSet.Rules.Select(r => r.Location.Path));
        var ruleIds = ruleSet.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return loaded.Select(l => RunOne(l.Path, l.Load, names[l.Path], scrubber, ruleIds)).ToArray();
    }

    private FixtureResult RunOne(string path, ArticleLoadResult load, string name, SnapshotScrubber scrubber, ISet<string> ruleIds)
    {
        if (load.Document is not { } document)
        {
            // A format this build cannot read yet is skipped, not failed: the suite stays green until it can.
            if (load.Diagnostics.Any(d => d.Id == DiagnosticDescriptors.UnsupportedArticleFormat.Id))
                return new FixtureResult(path, FixtureStatus.Skipped, [], "", null) { SkipReason = "this build cannot read its format" };
            return new FixtureResult(path, FixtureStatus.Failed, load.Diagnostics, "", null);
        }
        if (ExpectationParser.SkipReason(document.Display) is { } reason)
            return new FixtureResult(path, FixtureStatus.Skipped, [], "", null) { SkipReason = reason };

        var result = ruleSet.Check(document);
        var diagnostics = new DiagnosticBag();
        var expectations = ExpectationParser.Parse(document, ruleIds, diagnostics);
        var held = ExpectationChecker.Check(expectations, result, diagnostics);

        var report = new ComplianceReport(ruleSet.Rules, [result], load.Diagnostics);
        var writer = new StringWriter { NewLine = "\n" };
        ReportWriters.For(format).Write(report, writer);
        var folder = Path.GetDirectoryName(path) is { Length: > 0 } d ? d : ".";
        var snapshot = SnapshotFile.Verify(folder, name, SnapshotExtensions.For(format), scrubber.Scrub(writer.ToString()), accept);
        if (!snapshot.Matched)
        {
            var descriptor = snapshot.VerifiedMissing ? DiagnosticDescriptors.SnapshotMissing : DiagnosticDescriptors.SnapshotDiffers;
            diagnostics.ReportAtPath(Loading.DisplayPaths.Of(snapshot.VerifiedPath), descriptor, Loading.DisplayPaths.Of(snapshot.ReceivedPath));
        }

        var failed = diagnostics.HasErrors || load.Diagnostics.Any(x => x.Severity == DiagnosticSeverity.Error);
        return new FixtureResult(path, failed ? FixtureStatus.Failed : FixtureStatus.Passed, [.. load.Diagnostics, .. diagnostics.Items],
            snapshot.Matched ? "" : snapshot.Diff, result)
        {
            Accepted = snapshot.Matched && snapshot.Diff.Length > 0,
            HeldOk = [.. held.Order(StringComparer.Ordinal)],
        };
    }

    /// <summary>NAME is the file name without its extension, unless two fixtures in one folder share it (a.json, a.yaml): then the whole name.</summary>
    private static Dictionary<string, string> SnapshotNames(IReadOnlyList<string> paths)
    {
        var stems = paths.GroupBy(p => Path.Combine(Path.GetDirectoryName(p) ?? "", Path.GetFileNameWithoutExtension(p)), StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in stems)
        {
            foreach (var path in group)
                names[path] = group.Count() == 1 ? Path.GetFileNameWithoutExtension(path) : Path.GetFileName(path);
        }
        return names;
    }

    private static string Full(string path) => Path.GetFullPath(path).Replace('\\', '/');
}
