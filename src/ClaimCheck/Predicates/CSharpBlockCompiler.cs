using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using ClaimCheck.Binding;
using ClaimCheck.Binding.Types;
using ClaimCheck.Diagnostics;
using ClaimCheck.Model;
using ClaimCheck.Syntax.Expressions;

namespace ClaimCheck.Predicates;

/// <summary>
/// Turns every C# block of a rule set into a <see cref="CSharpBlockBinding"/>: from the cache when
/// an entry for exactly these blocks exists, otherwise with one compilation of all of them.
/// The compiler (Roslyn) is only loaded on a cache miss, so a warm start compiles nothing.
/// </summary>
internal static class CSharpBlockCompiler
{
    /// <summary>The namespace, class and method names of the generated code (methods are B0, B1, ...).</summary>
    public const string ClassName = "ClaimCheck.Generated.Blocks";

    public sealed record Result(IReadOnlyDictionary<CSharpExpressionSyntax, CSharpBlockBinding> Bindings, bool FromCache);

    public static Result Compile(IReadOnlyList<CSharpBlockRequest> requests, RuleSetOptions options)
    {
        var cache = new CSharpCache(CSharpCacheFolder.Resolve(options.CacheDirectory));
        var key = CSharpCache.Key(requests);
        if (cache.TryRead(key, requests.Count) is { } entry && Load(entry.Assembly, entry.Kinds, requests, null, out _) is { } cached)
            return new Result(cached, FromCache: true);

        CSharpCompileOutcome outcome;
        try
        {
            outcome = CompileWithRoslyn(requests);
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException)
        {
            // The compiler or a reference is missing (a trimmed or single-file install): no block can run.
            return new Result(AllFailed(requests, FailedEverywhere(requests, $"The C# compiler could not run: {e.Message}")), FromCache: false);
        }
        var diagnostics = outcome.Diagnostics;
        Dictionary<CSharpExpressionSyntax, CSharpBlockBinding>? bindings = null;
        if (outcome.Assembly is { } assembly && (bindings = Load(assembly, outcome.Kinds, requests, diagnostics, out var error)) is null)
        {
            // Not the rule author's doing, but say so at each block rather than drop its rule silently.
            diagnostics = FailedEverywhere(requests, $"The compiled C# blocks could not be loaded: {error}");
            outcome = outcome with { Assembly = null };
        }
        bindings ??= AllFailed(requests, diagnostics);
        // Only a clean set is cached: a rule set with errors cannot run as a whole anyway.
        if (outcome.Assembly is not null && outcome.Kinds.All(k => k is not null) && outcome.Diagnostics.All(d => d.Count == 0))
            cache.Write(new CSharpCacheEntry(key, [.. outcome.Kinds.Select(k => k!)], outcome.Assembly));
        return new Result(bindings, FromCache: false);
    }

    private static IReadOnlyList<Diagnostic>[] FailedEverywhere(IReadOnlyList<CSharpBlockRequest> requests, string message) =>
        requests.Select(r => (IReadOnlyList<Diagnostic>)[new Diagnostic(DiagnosticDescriptors.CSharpError, r.Location, DiagnosticDescriptors.CSharpError.Format(message))]).ToArray();

    private static CSharpBlockBinding Failed(IReadOnlyList<Diagnostic>? diagnostics) =>
        new(ErrorType.Instance, (_, _) => null, diagnostics is null ? [] : [.. diagnostics]);

    private static Dictionary<CSharpExpressionSyntax, CSharpBlockBinding> AllFailed(IReadOnlyList<CSharpBlockRequest> requests, IReadOnlyList<IReadOnlyList<Diagnostic>> diagnostics)
    {
        var bindings = new Dictionary<CSharpExpressionSyntax, CSharpBlockBinding>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < requests.Count; i++)
            bindings[requests[i].Syntax] = Failed(diagnostics[i]);
        return bindings;
    }

    // Kept out of line so that merely calling Compile never makes the runtime load Roslyn.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CSharpCompileOutcome CompileWithRoslyn(IReadOnlyList<CSharpBlockRequest> requests) =>
        Roslyn.RoslynBlockCompiler.Compile(requests);

    private static object? Evaluate(Func<object?[], ArticleIndex, object?> raw, object?[] slots, ArticleIndex index, ModelType type)
    {
        try
        {
            return CSharpResultKinds.Convert(raw(slots, index), type);
        }
        catch (OutOfMemoryException e)
        {
            // One huge allocation (new string('x', int.MaxValue)) fails alone; the checker reports the rule (CC6001) and goes on.
            throw new InvalidOperationException("A C# block ran out of memory.", e);
        }
    }

    /// <summary>Loads an assembly of blocks; null when it is not one (a foreign or damaged cache entry).</summary>
    private static Dictionary<CSharpExpressionSyntax, CSharpBlockBinding>? Load(byte[] image, IReadOnlyList<string?> kinds, IReadOnlyList<CSharpBlockRequest> requests, IReadOnlyList<IReadOnlyList<Diagnostic>>? diagnostics, out string? error)
    {
        error = null;
        try
        {
            var type = BlockLoadContext.Load(image).GetType(ClassName, throwOnError: true)!;
            var bindings = new Dictionary<CSharpExpressionSyntax, CSharpBlockBinding>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < requests.Count; i++)
            {
                if (kinds[i] is not { } kind)
                {
                    bindings[requests[i].Syntax] = Failed(diagnostics?[i]);
                    continue;
                }
                var modelType = CSharpResultKinds.ToModelType(kind) ?? throw new BadImageFormatException($"Unknown kind '{kind}'.");
                var method = type.GetMethod("B" + i, BindingFlags.Public | BindingFlags.Static) ?? throw new BadImageFormatException($"No method B{i}.");
                var raw = method.CreateDelegate<Func<object?[], ArticleIndex, object?>>();
                bindings[requests[i].Syntax] = new CSharpBlockBinding(modelType, (slots, index) => Evaluate(raw, slots, index, modelType), []);
            }
            return bindings;
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or TypeLoadException or ArgumentException or MissingMethodException or NotSupportedException)
        {
            error = e.Message;
            return null;
        }
    }
}
