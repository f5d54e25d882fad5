using Microsoft.CodeAnalysis;

namespace ClaimCheck.Predicates.Roslyn;

/// <summary>The rule-language kind of a block's C# type (see <see cref="CSharpResultKinds"/>), or null when it has none.</summary>
internal static class ResultKinds
{
    public static string? Of(ITypeSymbol type, bool allowList = true)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            type = nullable.TypeArguments[0];
        switch (type.SpecialType)
        {
            case SpecialType.System_Boolean:
                return "boolean";
            case SpecialType.System_String or SpecialType.System_Char:
                return "text";
            case SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
                or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal:
                return "number";
        }
        var name = type.ToDisplayString();
        if (name == "System.DateOnly")
            return "date";
        if (ModelClrTypes.FromFullName(name) is { } objectType)
            return "object:" + objectType.Name;
        if (!allowList)
            return null;
        var element = type is IArrayTypeSymbol array
            ? array.ElementType
            : (type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T ? (INamedTypeSymbol)type : null)?.TypeArguments[0]
              ?? type.AllInterfaces.FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)?.TypeArguments[0];
        return element is not null && Of(element, allowList: false) is { } elementKind ? "list:" + elementKind : null;
    }
}
