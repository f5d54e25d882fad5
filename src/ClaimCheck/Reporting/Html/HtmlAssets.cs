using System.Security.Cryptography;
using System.Text;

namespace ClaimCheck.Reporting.Html;

/// <summary>The page's inline style sheet and script, and the policy that allows only those two.</summary>
internal static class HtmlAssets
{
    public static readonly (HighlightKind Kind, string Label)[] Legend =
    [
        (HighlightKind.Statement, "statement"),
        (HighlightKind.Source, "source"),
        (HighlightKind.Cue, "cue"),
        (HighlightKind.Channel, "channel"),
        (HighlightKind.Quote, "quote"),
        (HighlightKind.Claim, "claim"),
    ];

    /// <summary>
    /// Nothing may be fetched, and only our own style and script (by hash) may run: the page is
    /// self-contained by construction, and a mistake in escaping could not run injected script.
    /// </summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src '{Hash(HtmlStyle.Css)}'; script-src '{Hash(HtmlScript.Js)}'; base-uri 'none'; form-action 'none'";

    public static string Style => HtmlStyle.Css;

    public static string Script => HtmlScript.Js;

    private static string Hash(string content) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
