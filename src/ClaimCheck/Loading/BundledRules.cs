using System.Reflection;

namespace ClaimCheck.Loading;

/// <summary>The rule packs in <c>rules/</c>, embedded in the library so <c>claimcheck check</c> works from any folder.</summary>
public static class BundledRules
{
    public const string Prefix = "bundled:";
    public const string PreludeName = "prelude.rules";
    private const string ResourcePrefix = "rules/";

    private static readonly Assembly Assembly = typeof(BundledRules).Assembly;

    /// <summary>The names of the bundled files, sorted ("attribution.rules", ...), prelude included.</summary>
    public static IReadOnlyList<string> Names { get; } =
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();

    public static RuleFile? Open(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(ResourcePrefix + name);
        if (stream is null)
            return null;
        using var reader = new StreamReader(stream);
        return new RuleFile(Prefix + name, reader.ReadToEnd(), null, Prefix, Bundled: true);
    }
}
