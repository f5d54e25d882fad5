namespace ClaimCheck.Extraction.Lexicons;

/// <summary>Regular English verb inflections: base, -s, -ed, -ing, with the usual spelling changes.</summary>
internal static class Inflections
{
    public static IEnumerable<string> Of(string verb)
    {
        yield return verb;
        yield return verb.EndsWith('s') || verb.EndsWith("sh") || verb.EndsWith("ch") || verb.EndsWith('x') || verb.EndsWith('z') ? verb + "es" : verb + "s";
        if (verb.EndsWith('e'))
        {
            yield return verb + "d";
            yield return verb[..^1] + "ing";
        }
        else
        {
            yield return verb + "ed";
            yield return verb + "ing";
        }
    }
}
