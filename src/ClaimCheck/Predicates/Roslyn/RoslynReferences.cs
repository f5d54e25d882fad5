using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ClaimCheck.Predicates.Roslyn;

/// <summary>
/// The assemblies a block is compiled against: the runtime's core, LINQ, collections, regular
/// expressions and ClaimCheck itself. Nothing else is referenced, so most of .NET (processes,
/// HTTP, ...) cannot even be named; the allow-list guards what these assemblies hold.
/// </summary>
internal static class RoslynReferences
{
    private static readonly string[] RuntimeAssemblies =
    [
        "System.Private.CoreLib.dll", "System.Runtime.dll", "System.Linq.dll", "System.Collections.dll",
        "System.Collections.Immutable.dll", "System.Text.RegularExpressions.dll", "System.Memory.dll",
    ];

    private static readonly Lazy<ImmutableArray<MetadataReference>> Lazy = new(Create);

    public static ImmutableArray<MetadataReference> All => Lazy.Value;

    private static ImmutableArray<MetadataReference> Create()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return
        [
            .. RuntimeAssemblies.Select(name => Path.Combine(runtime, name)).Where(File.Exists).Select(p => MetadataReference.CreateFromFile(p)),
            MetadataReference.CreateFromFile(typeof(CSharpBudget).Assembly.Location),
        ];
    }
}
