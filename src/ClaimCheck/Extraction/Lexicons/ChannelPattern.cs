namespace ClaimCheck.Extraction.Lexicons;

/// <summary>
/// One line of channels.txt: a channel kind and the words that signal it, with a slot for the
/// outlet or issuer ({X}) and whether the phrase runs on to the end of its clause ("...").
/// </summary>
internal sealed record ChannelPattern(string Kind, IReadOnlyList<string> Before, bool HasOutlet, IReadOnlyList<string> After, bool RunsOn)
{
    public static ChannelPattern? Parse(string line)
    {
        var parts = line.Split('|', 2);
        if (parts.Length < 2)
            return null;
        var phrase = parts[1].Trim();
        var runsOn = phrase.EndsWith("...", StringComparison.Ordinal);
        if (runsOn)
            phrase = phrase[..^3].Trim();
        var slot = phrase.IndexOf("{X}", StringComparison.Ordinal);
        var before = (slot >= 0 ? phrase[..slot] : phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var after = slot >= 0 ? phrase[(slot + 3)..].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        return new ChannelPattern(parts[0].Trim(), before, slot >= 0, after, runsOn);
    }
}
