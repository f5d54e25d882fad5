namespace ClaimCheck.Reporting;

/// <summary>Display paths as SARIF artifact URIs: relative paths stay relative (forward slashes, percent-escaped), absolute ones become file URIs.</summary>
internal static class SarifUris
{
    public static string Of(string displayPath)
    {
        // Embedded rule packs are named 'bundled:NAME.rules', which is already an absolute URI.
        if (displayPath.StartsWith(Loading.BundledRules.Prefix, StringComparison.Ordinal))
            return displayPath;
        if (Path.IsPathRooted(displayPath))
            return new Uri(displayPath).AbsoluteUri;
        return string.Join('/', displayPath.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
    }
}
