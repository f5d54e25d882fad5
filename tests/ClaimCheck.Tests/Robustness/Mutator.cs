namespace ClaimCheck.Tests.Robustness;

/// <summary>
/// Seeded mutations of a text, token by token: delete, duplicate, swap, truncate, insert junk.
/// Deterministic for a seed, so a failing case can be replayed from the seed in the message.
/// </summary>
internal static class Mutator
{
    private static readonly string[] Junk = ["(", ")", "\"", "/", "{", "}", "[", "]", "rule", "and", "not", "=", ".", ":", "csharp {", "\n", "\r", "#", "\u0000", "🙂", "\\", "is", "matches", "for each", "9999999999999999999999"];

    public static string Mutate(string text, int seed)
    {
        var random = new Random(seed);
        var tokens = Tokenize(text);
        var operations = 1 + random.Next(4);
        for (var i = 0; i < operations && tokens.Count > 0; i++)
        {
            var at = random.Next(tokens.Count);
            switch (random.Next(6))
            {
                case 0: tokens.RemoveAt(at); break;
                case 1: tokens.Insert(at, tokens[at]); break;
                case 2:
                    var other = random.Next(tokens.Count);
                    (tokens[at], tokens[other]) = (tokens[other], tokens[at]);
                    break;
                case 3: tokens.RemoveRange(at, tokens.Count - at); break;
                case 4: tokens.Insert(at, Junk[random.Next(Junk.Length)]); break;
                default:
                    var token = tokens[at];
                    tokens[at] = token.Length > 1 ? token[..random.Next(token.Length)] : token;
                    break;
            }
        }
        return string.Concat(tokens);
    }

    /// <summary>Words, runs of white space, and single punctuation characters, so mutations respect token edges.</summary>
    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (char.IsLetterOrDigit(text[i]) || text[i] == '_')
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_')) i++;
            else if (char.IsWhiteSpace(text[i]))
                while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            else
                i++;
            tokens.Add(text[start..i]);
        }
        return tokens;
    }
}
