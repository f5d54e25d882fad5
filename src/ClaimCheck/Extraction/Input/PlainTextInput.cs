namespace ClaimCheck.Extraction.Input;

/// <summary>A plain-text article is its own text: every span is a file offset.</summary>
internal static class PlainTextInput
{
    public static ArticleInput Read(string content) => new() { Text = content };
}
