using System.Text;
using ClaimCheck.Syntax.Expressions;

namespace ClaimCheck.Syntax;

/// <summary>Shared pieces of the syntax nodes' <c>ToString()</c>, which prints a tree back as rule text.</summary>
internal static class SyntaxPrinter
{
    public static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }

    public static string EscapeTemplateText(string text) =>
        Quote(text)[1..^1].Replace("{", "{{").Replace("}", "}}");

    public static string Operator(BinaryOperator op, bool negated) => (op, negated) switch
    {
        (BinaryOperator.Or, _) => "or",
        (BinaryOperator.And, _) => "and",
        (BinaryOperator.Equal, _) => "=",
        (BinaryOperator.NotEqual, _) => "!=",
        (BinaryOperator.Less, _) => "<",
        (BinaryOperator.LessOrEqual, _) => "<=",
        (BinaryOperator.Greater, _) => ">",
        (BinaryOperator.GreaterOrEqual, _) => ">=",
        (BinaryOperator.Contains, false) => "contains",
        (BinaryOperator.Contains, true) => "not contains",
        (BinaryOperator.In, false) => "in",
        (BinaryOperator.In, true) => "not in",
        _ => op.ToString(),
    };
}
