using System.Collections;
using ClaimCheck.Binding;
using ClaimCheck.Binding.Types;
using static ClaimCheck.Binding.Types.PrimitiveType;

namespace ClaimCheck.Predicates;

/// <summary>
/// How a block's C# type becomes a rule-language type, written as a short name ("boolean",
/// "number", "text", "date", "object:quote", "list:object:quote") so a cached assembly's
/// manifest can say it without the compiler; and how its values are converted at run time.
/// </summary>
internal static class CSharpResultKinds
{
    public static ModelType? ToModelType(string kind) => kind switch
    {
        "boolean" => BooleanType,
        "number" => NumberType,
        "text" => TextType,
        "date" => DateType,
        _ when kind.StartsWith("object:", StringComparison.Ordinal) =>
            ModelSchema.Types.FirstOrDefault(t => t.Name == kind["object:".Length..]),
        _ when kind.StartsWith("list:", StringComparison.Ordinal) =>
            ToModelType(kind["list:".Length..]) is { } element and not ListType ? new ListType(element) : null,
        _ => null,
    };

    /// <summary>Converts what the block returned into the value the rule language expects of <paramref name="type"/>.</summary>
    public static object? Convert(object? value, ModelType type)
    {
        if (type == BooleanType)
            return value is true;
        if (value is null)
            return null;
        if (type == NumberType)
            return System.Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
        if (type == TextType)
            return value is char c ? c.ToString() : value;
        if (type is ListType list)
        {
            // A lazy sequence is run here, under the same time limit as the block.
            var items = new List<object?>();
            foreach (var item in (IEnumerable)value)
            {
                CSharpBudget.Tick();
                items.Add(Convert(item, list.Element));
            }
            return items.ToArray();
        }
        return value;
    }
}
