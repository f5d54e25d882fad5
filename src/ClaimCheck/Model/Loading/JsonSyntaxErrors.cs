using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimCheck.Text;

namespace ClaimCheck.Model.Loading;

/// <summary>
/// Turns the JSON reader's syntax errors into a located sentence for people who edit model
/// files by hand: the reader counts bytes and words its messages for programmers.
/// </summary>
internal static partial class JsonSyntaxErrors
{
    private static readonly (Regex Pattern, string Message)[] Rewrites =
    [
        (new(@"^Expected depth to be zero"), "The file ends before the JSON is complete: an object or list is still open; add the missing '}' or ']'."),
        (new(@"^The input does not contain any JSON tokens"), "The file holds no JSON; expected an article object."),
        (new(@"^The JSON object contains a trailing comma"), "A ',' comes right before the '}' that closes the object; remove it."),
        (new(@"^The JSON array contains a trailing comma"), "A ',' comes right before the ']' that closes the list; remove it."),
        (new(@"^'(.*)' is invalid after a value\."), "Expected ',' or a closing '}' or ']' after the value, found '$1'; a ',' is probably missing."),
        (new(@"^'(.*)' is an invalid start of a property name\."), "Expected a field name in double quotes, found '$1'."),
        (new(@"^'(.*)' is invalid after a property name\."), "Expected ':' after the field name, found '$1'."),
        (new(@"^'(.*)' is an invalid start of a value\."), "Expected a value (text in double quotes, a number, true, false, null, an object or a list), found '$1'."),
        (new(@"^'(.*)' is invalid without a matching open\."), "Found '$1' with no matching '{' or '['."),
        (new(@"^Expected end of string, but instead reached end of data\."), "The text in double quotes is not closed; add the closing '\"'."),
        (new(@"^Expected end of comment, but instead reached end of data\."), "The comment is not closed; add '*/'."),
        (new(@"reached end of data"), "The file ends before the JSON is complete; the rest of the last object is missing."),
        (new(@"^'(.*)' is an invalid JSON literal\. Expected the literal '(\w+)'\."), "Expected $2, found '$1'."),
        (new(@"^'(.*)' is invalid after a single JSON value\."), "The article object is already complete, but '$1' follows it; a model file holds one article."),
        (new(@"^'0x0A' is invalid within a JSON string\."), "Text in double quotes cannot run over a line break; write it as \\n."),
        (new(@"^'(.*)' is invalid within a JSON string\."), "The character $1 must be escaped inside text in double quotes."),
        (new(@"^'(.*)' is an invalid escapable character within a JSON string\."), "'\\$1' is not a JSON escape; write '\\\\' for a backslash."),
        (new(@"number|leading zero", RegexOptions.IgnoreCase), "The number is not written the way JSON writes numbers (like 12, -3 or 0.5)."),
    ];

    /// <summary>
    /// The reader's message in plain words. <paramref name="found"/> is the character at the error,
    /// which the reader shows as its first byte ('0xE2') when it is not ASCII.
    /// </summary>
    public static string Message(JsonException exception, char? found)
    {
        var message = LocationSuffix().Replace(exception.Message, "");
        if (found is { } c && c >= 0x80)
            message = LeadingByte().Replace(message, $"'{c}'");
        if (found is '“' or '”' or '‘' or '’' && message.StartsWith($"'{found}'", StringComparison.Ordinal))
            return $"Found the typographic quotation mark '{found}', but JSON needs straight double quotes (\") around names and text.";
        foreach (var (pattern, rewrite) in Rewrites)
        {
            var match = pattern.Match(message);
            if (match.Success)
                return match.Result(rewrite);
        }
        return "The file is not well-formed JSON: " + message.TrimEnd('.') + ".";
    }

    /// <summary>
    /// The character position of the error. The reader counts lines at '\n' only and columns in
    /// UTF-8 bytes, so both are recounted here rather than taken from <see cref="SourceText"/> lines.
    /// </summary>
    public static TextSpan Position(JsonException exception, string text)
    {
        var lineStart = 0;
        for (var line = 0L; line < (exception.LineNumber ?? 0) && lineStart < text.Length; line++)
        {
            var next = text.IndexOf('\n', lineStart);
            if (next < 0)
                break;
            lineStart = next + 1;
        }
        var lineEnd = text.IndexOf('\n', lineStart);
        var lineText = lineEnd < 0 ? text[lineStart..] : text[lineStart..lineEnd];
        var column = JsonPositionMap.CharColumn(lineText, exception.BytePositionInLine ?? 0);
        return new TextSpan(lineStart + column, 0);
    }

    [GeneratedRegex(@"^'0x[0-9A-F]{2}'")]
    private static partial Regex LeadingByte();

    [GeneratedRegex(@"\s*(Path: .*?\| )?LineNumber: \d+ \| BytePositionInLine: \d+\.$")]
    private static partial Regex LocationSuffix();
}
