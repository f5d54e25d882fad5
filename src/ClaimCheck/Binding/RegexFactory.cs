using System.Text.RegularExpressions;

namespace ClaimCheck.Binding;

/// <summary>
/// Rule packs are shared between people, so every rule regex runs in linear time:
/// RegexOptions.NonBacktracking, which refuses the constructs (backreferences, lookarounds)
/// that make matching exponential.
/// </summary>
internal static class RegexFactory
{
    // Building a NonBacktracking regex is costly (milliseconds each) and the prelude's are bound in
    // every rule set; Regex objects are immutable and thread-safe, so each pattern is built once per
    // process, and a build already under way (see Prewarm) is waited for, not repeated.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), Lazy<(Regex?, string?, int, char?)>> Cache = new();

    public static (Regex? Regex, string? Error, int Offset, char? BadFlag) Create(string pattern, string flags) =>
        Entry(pattern, flags).Value;

    /// <summary>
    /// Starts building the given patterns on the thread pool and returns at once: at start-up the
    /// binder then finds most of them built, instead of building them one after another.
    /// </summary>
    public static void Prewarm(IEnumerable<(string Pattern, string Flags)> patterns)
    {
        foreach (var entry in patterns.Distinct().Select(p => Entry(p.Pattern, p.Flags)).Where(e => !e.IsValueCreated))
            ThreadPool.UnsafeQueueUserWorkItem(static e => Build(e), entry, preferLocal: false);
    }

    // A failure the build does not turn into a diagnostic is the binder's to meet (the Lazy
    // keeps it); on the thread pool it would end the process.
    private static void Build(Lazy<(Regex?, string?, int, char?)> entry)
    {
        try
        {
            _ = entry.Value;
        }
        catch (Exception)
        {
        }
    }

    private static Lazy<(Regex?, string?, int, char?)> Entry(string pattern, string flags) =>
        Cache.GetOrAdd((pattern, flags), static key => new(() => Build(key.Item1, key.Item2), LazyThreadSafetyMode.ExecutionAndPublication));

    private static (Regex? Regex, string? Error, int Offset, char? BadFlag) Build(string pattern, string flags)
    {
        var options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
        for (var i = 0; i < flags.Length; i++)
        {
            switch (flags[i])
            {
                case 'i': options |= RegexOptions.IgnoreCase; break;
                case 'm': options |= RegexOptions.Multiline; break;
                case 's': options |= RegexOptions.Singleline; break;
                case 'x': options |= RegexOptions.IgnorePatternWhitespace; break;
                default: return (null, null, i, flags[i]);
            }
        }
        try
        {
            return (new Regex(pattern, options, TimeSpan.FromSeconds(1)), null, 0, null);
        }
        catch (RegexParseException e)
        {
            return (null, Sentence(e.Message), Math.Max(0, e.Offset - 1), null);
        }
        catch (NotSupportedException)
        {
            return (null, "it uses a construct (a backreference, lookaround or atomic group) that cannot run in linear time; rule regexes must.", -1, null);
        }
    }

    // .NET's message is "Invalid pattern '...' at offset 3. Not enough )'s."; keep the reason, since the caret shows where.
    private static string Sentence(string message)
    {
        var reasonStart = message.LastIndexOf(". ", StringComparison.Ordinal);
        var reason = reasonStart >= 0 ? message[(reasonStart + 2)..] : message;
        reason = reason.Trim();
        return reason.EndsWith('.') ? reason : reason + ".";
    }
}
