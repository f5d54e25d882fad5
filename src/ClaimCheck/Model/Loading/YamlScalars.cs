using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Model.Loading;

/// <summary>
/// Writes a YAML scalar as a JSON value. Quoted and block scalars are strings. Plain scalars
/// follow the YAML 1.2 core schema (null, true/false, integers, floats), except where the model
/// wants text: <c>id: 2015</c> or <c>published: 2025-04-14</c> stay strings.
/// </summary>
internal static partial class YamlScalars
{
    private const string StringTag = "tag:yaml.org,2002:str";

    public static void Write(Utf8JsonWriter writer, YamlScalarNode node, ModelShapeKind? target)
    {
        var value = node.Value ?? "";
        // The non-specific tag '!' also makes a plain scalar a string (YAML 1.2, 6.9.1).
        if (node.Style != ScalarStyle.Plain || node.Tag.ToString() is StringTag or "!")
        {
            writer.WriteStringValue(value);
            return;
        }
        if (value is "" or "~" or "null" or "Null" or "NULL")
        {
            writer.WriteNullValue();
            return;
        }
        if (target is ModelShapeKind.String or ModelShapeKind.Enum or ModelShapeKind.Date)
        {
            writer.WriteStringValue(value);
            return;
        }
        if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
            writer.WriteBooleanValue(value[0] is 't' or 'T');
        else if (!TryWriteNumber(writer, value))
            writer.WriteStringValue(value);
    }

    private static bool TryWriteNumber(Utf8JsonWriter writer, string value)
    {
        if (JsonNumber().IsMatch(value))
            writer.WriteRawValue(value, skipInputValidation: true);
        else if (DecimalInteger().IsMatch(value))
            writer.WriteRawValue(BigInteger.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
        else if (value.StartsWith("0x", StringComparison.Ordinal) && HexDigits().IsMatch(value[2..]))
            writer.WriteRawValue(BigInteger.Parse("0" + value[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
        else if (value.StartsWith("0o", StringComparison.Ordinal) && OctalDigits().IsMatch(value[2..]))
            writer.WriteRawValue(value[2..].Aggregate(BigInteger.Zero, (n, d) => n * 8 + (d - '0')).ToString(CultureInfo.InvariantCulture));
        else if (YamlFloat().IsMatch(value))
            writer.WriteNumberValue(double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture));
        else
            return false; // .inf and .nan have no JSON form; as text, the shape check names them.
        return true;
    }

    [GeneratedRegex(@"\A-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?\z")]
    private static partial Regex JsonNumber();

    [GeneratedRegex(@"\A[-+]?[0-9]+\z")]
    private static partial Regex DecimalInteger();

    [GeneratedRegex(@"\A[0-9a-fA-F]+\z")]
    private static partial Regex HexDigits();

    [GeneratedRegex(@"\A[0-7]+\z")]
    private static partial Regex OctalDigits();

    [GeneratedRegex(@"\A[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\z")]
    private static partial Regex YamlFloat();
}
