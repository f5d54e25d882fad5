using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace ClaimCheck.Predicates.Roslyn;

/// <summary>
/// What a C# block may use. Rule packs are shared between people, so a block gets the model,
/// text, numbers, dates, LINQ, linear-time regular expressions and collections, and nothing
/// that reaches files, processes, the network, the environment, reflection or threads.
/// Every symbol a block names is checked here by its containing type, before anything runs.
/// </summary>
internal static partial class AllowList
{
    public const string Summary = "a block may use the model, text, numbers, dates, System.Linq, regular expressions and collections";

    private static readonly HashSet<string> Namespaces = new(StringComparer.Ordinal)
    {
        "ClaimCheck.Model", "System.Linq", "System.Collections.Generic", "System.Collections.Immutable", "System.Text.RegularExpressions",
    };

    private static readonly HashSet<string> Types = new(StringComparer.Ordinal)
    {
        "System.Object", "System.String", "System.Char", "System.Boolean",
        "System.Byte", "System.SByte", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32", "System.Int64", "System.UInt64",
        "System.Single", "System.Double", "System.Decimal", "System.Math", "System.MathF", "System.MidpointRounding",
        "System.DateOnly", "System.TimeOnly", "System.TimeSpan", "System.DateTime", "System.DayOfWeek",
        "System.Nullable", "System.Nullable`1", "System.Index", "System.Range", "System.Array", "System.Enum", "System.ValueType", "System.Void",
        "System.Predicate`1", "System.Comparison`1", "System.Converter`2",
        "System.StringComparison", "System.StringComparer", "System.StringSplitOptions",
        "System.IComparable", "System.IComparable`1", "System.IEquatable`1", "System.IDisposable",
        "System.ReadOnlySpan`1", "System.Span`1", "System.MemoryExtensions",
        "System.Collections.IEnumerable", "System.Collections.IEnumerator",
        "System.Text.StringBuilder", "System.Runtime.CompilerServices.DefaultInterpolatedStringHandler",
        "ClaimCheck.Text.TextSpan",
    };

    /// <summary>Types inside an allowed namespace that are still out: parallel LINQ (threads) and queryables (expression compilation).</summary>
    private static readonly HashSet<string> ExcludedTypes = new(StringComparer.Ordinal)
    {
        "System.Linq.ParallelEnumerable", "System.Linq.ParallelQuery", "System.Linq.ParallelQuery`1", "System.Linq.OrderedParallelQuery`1",
        "System.Linq.Queryable", "System.Linq.IQueryable", "System.Linq.IQueryable`1", "System.Linq.IOrderedQueryable", "System.Linq.IOrderedQueryable`1",
        "System.Linq.IQueryProvider", "System.Linq.EnumerableQuery", "System.Linq.EnumerableQuery`1", "System.Linq.EnumerableExecutor", "System.Linq.EnumerableExecutor`1",
        "System.Text.RegularExpressions.RegexCompilationInfo", "System.Text.RegularExpressions.RegexRunner", "System.Text.RegularExpressions.RegexRunnerFactory",
        "System.Text.RegularExpressions.GeneratedRegexAttribute",
    };

    /// <summary>Members of allowed types that are still out, with the reason.</summary>
    private static readonly Dictionary<string, string> ExcludedMembers = new(StringComparer.Ordinal)
    {
        ["System.Object.GetType"] = "it leads to reflection",
        ["System.DateTime.Now"] = "the clock would make reports differ from run to run",
        ["System.DateTime.UtcNow"] = "the clock would make reports differ from run to run",
        ["System.DateTime.Today"] = "the clock would make reports differ from run to run",
        ["System.Array.CreateInstance"] = "it leads to reflection",
        ["System.Array.CreateInstanceFromArrayType"] = "it leads to reflection",
        ["System.Text.RegularExpressions.Regex.CacheSize"] = "it changes the whole process",
        ["System.Text.RegularExpressions.Regex.CompileToAssembly"] = "it writes files",
    };

    [GeneratedRegex(@"^System\.(Func|Action|ValueTuple|Tuple)(`\d+)?$")]
    private static partial Regex DelegateOrTuple();

    /// <summary>Why <paramref name="type"/> may not be used, or null when it may.</summary>
    public static string? WhyNot(ITypeSymbol? type)
    {
        switch (type)
        {
            case null or IErrorTypeSymbol or ITypeParameterSymbol:
                return null;
            case IDynamicTypeSymbol:
                return "'dynamic' skips the compiler's checks";
            case IPointerTypeSymbol or IFunctionPointerTypeSymbol:
                return "pointers are unsafe code";
            case IArrayTypeSymbol array:
                return WhyNot(array.ElementType);
            case INamedTypeSymbol named:
                if (named.IsAnonymousType)
                    return named.GetMembers().OfType<IPropertySymbol>().Select(p => WhyNot(p.Type)).FirstOrDefault(r => r is not null);
                if (named.IsTupleType)
                    return named.TupleElements.Select(e => WhyNot(e.Type)).FirstOrDefault(r => r is not null);
                var name = MetadataName(named);
                if (!IsAllowedTypeName(name))
                    return $"'{Outermost(named).ToDisplayString()}' is not on the allow-list ({Summary})";
                return named.TypeArguments.Select(WhyNot).FirstOrDefault(r => r is not null);
            default:
                return $"'{type.ToDisplayString()}' is not on the allow-list ({Summary})";
        }
    }

    /// <summary>Why the member, type, local or parameter <paramref name="symbol"/> may not be used, or null.</summary>
    public static string? WhyNot(ISymbol? symbol)
    {
        switch (symbol)
        {
            case null or INamespaceSymbol or IDiscardSymbol or ILabelSymbol or IPreprocessingSymbol:
                return null;
            case ITypeSymbol type:
                return WhyNot(type);
            case IAliasSymbol alias:
                return WhyNot(alias.Target);
            case ILocalSymbol local:
                return WhyNot(local.Type);
            case IParameterSymbol parameter:
                return WhyNot(parameter.Type);
            case IRangeVariableSymbol:
                return null;
            case IMethodSymbol method:
                var definition = method.ReducedFrom ?? method;
                if (method.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction)
                    return WhyNot(method.ReturnType) ?? method.Parameters.Select(p => WhyNot(p.Type)).FirstOrDefault(r => r is not null);
                return WhyNotMember(definition) ?? method.TypeArguments.Select(WhyNot).FirstOrDefault(r => r is not null);
            case IPropertySymbol or IFieldSymbol or IEventSymbol:
                return WhyNotMember(symbol);
            default:
                return $"'{symbol.ToDisplayString()}' is not on the allow-list ({Summary})";
        }
    }

    private static string? WhyNotMember(ISymbol member)
    {
        if (member.ContainingType is not { } containing)
            return null;
        if (WhyNot(containing.OriginalDefinition) is { } reason)
            return reason;
        var key = MetadataName(containing) + "." + member.Name;
        return ExcludedMembers.TryGetValue(key, out var why) ? why : null;
    }

    private static bool IsAllowedTypeName(string name)
    {
        if (ExcludedTypes.Contains(name))
            return false;
        if (Types.Contains(name) || DelegateOrTuple().IsMatch(name))
            return true;
        var dot = name.LastIndexOf('.');
        return dot > 0 && Namespaces.Contains(name[..dot]);
    }

    /// <summary>"System.Collections.Generic.List`1" for <c>List&lt;int&gt;.Enumerator</c>: nested types go by their outermost type.</summary>
    private static string MetadataName(INamedTypeSymbol type)
    {
        var outer = Outermost(type);
        var ns = outer.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() + "." : "";
        return ns + outer.MetadataName;
    }

    private static INamedTypeSymbol Outermost(INamedTypeSymbol type)
    {
        var current = type.OriginalDefinition;
        while (current.ContainingType is { } parent)
            current = parent.OriginalDefinition;
        return current;
    }
}
