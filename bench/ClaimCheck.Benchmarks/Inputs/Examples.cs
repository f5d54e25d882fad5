namespace ClaimCheck.Benchmarks.Inputs;

/// <summary>The example articles, models and registry, embedded in this assembly (see the .csproj).</summary>
public static class Examples
{
    private const string Prefix = "examples/";

    /// <summary>The example article texts, by file name ("border-clinic.txt", ...), sorted.</summary>
    public static IReadOnlyList<string> TextNames { get; } = typeof(Examples).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..])
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToArray();

    public static string Read(string name)
    {
        using var stream = typeof(Examples).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"'{name}' is not embedded in the benchmark assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
