using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Segmentation;

internal enum TokenKind
{
    Word,
    Number,
    Punctuation,
}

/// <summary>
/// A word, number or punctuation mark. A possessive "’s" is not part of the word's span
/// ("Russia" in "Russia’s"), so a mention of the name does not include it.
/// </summary>
internal readonly record struct Token(int Start, int End, string Text, TokenKind Kind, bool Possessive)
{
    public TextSpan Span => TextSpan.FromBounds(Start, End);

    public bool IsWord => Kind == TokenKind.Word;

    public bool Is(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);
}
