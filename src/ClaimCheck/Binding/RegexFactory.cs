using System.Text.RegularExpressions;

namespace ClaimCheck.Binding;

/// <summary>
/// Rule packs are shared between people, so every rule regex runs in linear time:
/// RegexOptions.NonBacktracking, which refuses the constructs (backreferences, lookarounds)
/// that make matching exponential.
/// </summary>
internal static class RegexFactory
{
    // Building a NonBacktracking regex is costly and the prelude's are bound in every rule set;
    // Regex objects are immutable and thread-safe, so each pattern is built once per process.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), (Regex?, string?, int, char?)> Cache = new();

    public static (Regex? Regex, string? Error, int Offset, char? BadFlag) Create(string pattern, string flags) =>
        Cache.GetOrAdd((pattern, flags), key => Build(key.Item1, key.Item2));

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
