namespace ClaimCheck.Extraction.Input;

/// <summary>The article notations the extractor reads.</summary>
public enum InputFormat
{
    Text,
    Markdown,
    Html,
}
