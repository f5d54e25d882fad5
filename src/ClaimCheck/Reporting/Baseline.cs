using System.Collections.Immutable;
using System.Text.Json;
using ClaimCheck.Checking;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Reporting;

/// <summary>
/// The findings of an earlier report (JSON, JSON Lines or SARIF), by fingerprint, so a desk
/// adopting ClaimCheck on an archive sees only what is new, as SARIF's baselineState does.
/// A finding matches when its fingerprint and its article's file name are the same, so a
/// baseline made from another folder still applies and moved passages keep matching.
/// </summary>
public sealed class Baseline
{
    private readonly HashSet<string> _keys;

    private Baseline(HashSet<string> keys) => _keys = keys;

    public int Count => _keys.Count;

    public static (Baseline? Baseline, Diagnostic? Error) Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new Diagnostic(DiagnosticDescriptors.BaselineUnreadable, null, DiagnosticDescriptors.BaselineUnreadable.Format(e.Message)) { Path = path });
        }
        try
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in IsJsonLines(text) ? text.Split('\n', StringSplitOptions.RemoveEmptyEntries) : [text])
            {
                using var document = JsonDocument.Parse(line);
                Collect(document.RootElement, keys);
            }
            return (new Baseline(keys), null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            var reason = e is JsonException ? "it is not valid JSON." : "it has no findings with fingerprints.";
            return (null, new Diagnostic(DiagnosticDescriptors.BaselineMalformed, null, DiagnosticDescriptors.BaselineMalformed.Format(reason)) { Path = path });
        }
    }

    /// <summary>The result without the findings the baseline already had; outcomes are recounted over what remains.</summary>
    public (ArticleResult Result, int Matched) Apply(ArticleResult result)
    {
        var fingerprints = FindingFingerprints.Of(result);
        var file = Path.GetFileName(result.Path);
        var kept = new List<Finding>();
        for (var i = 0; i < result.Findings.Length; i++)
        {
            if (!_keys.Contains(Key(file, fingerprints[i])))
                kept.Add(result.Findings[i]);
        }
        var matched = result.Findings.Length - kept.Count;
        if (matched == 0)
            return (result, 0);
        var outcomes = result.Outcomes.Select(o =>
        {
            if (o.Status is not (RuleStatus.Failed or RuleStatus.Passed))
                return o;
            var own = kept.Where(f => f.RuleId == o.RuleId).ToList();
            var unsuppressed = own.Count(f => !f.Suppressed);
            return o with { Status = unsuppressed > 0 ? RuleStatus.Failed : RuleStatus.Passed, Findings = own.Count, Suppressed = own.Count - unsuppressed };
        });
        return (result with { Findings = [.. kept], Outcomes = [.. outcomes] }, matched);
    }

    private static bool IsJsonLines(string text)
    {
        var trimmed = text.TrimStart();
        return trimmed.StartsWith('{') && trimmed.Contains("\n{", StringComparison.Ordinal) && !trimmed.Contains("\"articles\"", StringComparison.Ordinal) && !trimmed.Contains("\"runs\"", StringComparison.Ordinal);
    }

    private static void Collect(JsonElement root, HashSet<string> keys)
    {
        if (root.TryGetProperty("runs", out var runs))
        {
            foreach (var run in runs.EnumerateArray())
            {
                if (!run.TryGetProperty("results", out var results))
                    continue;
                foreach (var result in results.EnumerateArray())
                {
                    var uri = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
                    var fingerprint = result.GetProperty("partialFingerprints").GetProperty(FindingFingerprints.SarifKey).GetString()!;
                    keys.Add(Key(Path.GetFileName(Uri.UnescapeDataString(uri)), fingerprint));
                }
            }
            return;
        }
        var articles = root.TryGetProperty("articles", out var list) ? list.EnumerateArray().ToList() : [root];
        foreach (var article in articles)
        {
            var file = Path.GetFileName(article.GetProperty("path").GetString()!);
            foreach (var finding in article.GetProperty("findings").EnumerateArray())
                keys.Add(Key(file, finding.GetProperty("fingerprint").GetString()!));
        }
    }

    private static string Key(string file, string fingerprint) => file + "\n" + fingerprint;
}
