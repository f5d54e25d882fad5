using System.Text;

namespace ClaimCheck.Syntax.Grammar;

/// <summary>Turns a string literal as written (with quotes and escapes) back into its value.</summary>
internal static class StringUnquoter
{
    public static string Unquote(string literal)
    {
        var inner = literal.Length >= 2 ? literal[1..^1] : literal;
        var builder = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\' && i + 1 < inner.Length)
            {
                i++;
                builder.Append(inner[i] switch { 'n' => '\n', 't' => '\t', var c => c });
            }
            else
            {
                builder.Append(inner[i]);
            }
        }
        return builder.ToString();
    }
}
