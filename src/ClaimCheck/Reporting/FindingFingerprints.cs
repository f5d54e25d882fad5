using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Checking;

namespace ClaimCheck.Reporting;

/// <summary>
/// A finding's identity that survives edits around it: a hash of the rule ID, the subject kind,
/// the evidence text with its whitespace normalized, and which occurrence it is among findings
/// of the same article with those same three. Line numbers and offsets are left out on purpose,
/// so inserting a paragraph above a passage does not make its findings look new to a baseline.
/// </summary>
public static class FindingFingerprints
{
    /// <summary>The key under which SARIF's <c>partialFingerprints</c> carries the value.</summary>
    public const string SarifKey = "claimcheckFinding/v1";

    /// <summary>One fingerprint per finding of <paramref name="article"/>, in the same order.</summary>
    public static ImmutableArray<string> Of(ArticleResult article)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<string>(article.Findings.Length);
        foreach (var finding in article.Findings)
        {
            var identity = $"{finding.RuleId}\0{finding.Subject}\0{Normalize(finding.Evidence)}";
            var occurrence = seen.GetValueOrDefault(identity);
            seen[identity] = occurrence + 1;
            result.Add(Hash($"{SarifKey}\0{identity}\0{occurrence}"));
        }
        return result.MoveToImmutable();
    }

    /// <summary>Unicode NFC, runs of whitespace as one space, trimmed: a re-wrapped line is the same evidence.</summary>
    internal static string Normalize(string evidence)
    {
        var builder = new StringBuilder(evidence.Length);
        var pendingSpace = false;
        foreach (var c in evidence.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
                builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16);
}
