namespace ClaimCheck.Extraction.Segmentation;

/// <summary>
/// Splits a stretch of text into words, numbers and punctuation in one pass. Apostrophes,
/// hyphens and dashes between letters stay inside a word ("al-Shar’a", "Russian–Syrian"), as
/// do full stops between letters ("U.S"); commas and full stops between digits stay in a number.
/// </summary>
internal static class Tokenizer
{
    // One string per ASCII punctuation mark, shared, instead of a new one per token.
    private static readonly string[] AsciiMarks = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    public static List<Token> Tokenize(string text, int start, int end)
    {
        // Wire prose averages over five characters a token: sized so the list rarely grows.
        var tokens = new List<Token>((end - start) / 5 + 4);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (char.IsLetter(c))
            {
                var j = i + 1;
                while (j < end && (char.IsLetterOrDigit(text[j]) || (IsJoiner(text[j]) && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))))
                    j++;
                var word = text[i..j];
                var possessive = false;
                if (word.Length > 2 && (word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal)))
                {
                    possessive = true;
                    word = word[..^2];
                }
                tokens.Add(new Token(i, i + word.Length, word, TokenKind.Word, possessive));
                i = j;
                continue;
            }
            if (char.IsDigit(c))
            {
                var j = i + 1;
                while (j < end && (char.IsDigit(text[j]) || (text[j] is ',' or '.' && j + 1 < end && char.IsDigit(text[j + 1]))))
                    j++;
                // "third-busiest", "4th": keep letters glued to the number.
                while (j < end && (char.IsLetter(text[j]) || (text[j] == '-' && j + 1 < end && char.IsLetter(text[j + 1]))))
                    j++;
                tokens.Add(new Token(i, j, text[i..j], TokenKind.Number, false));
                i = j;
                continue;
            }
            tokens.Add(new Token(i, i + 1, c < 128 ? AsciiMarks[c] : c.ToString(), TokenKind.Punctuation, false));
            i++;
        }
        return tokens;
    }

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '–' or '‐' or '.' or '&';
}
