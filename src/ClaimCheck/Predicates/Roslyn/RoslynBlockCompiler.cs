using ClaimCheck.Binding;
using ClaimCheck.Diagnostics;
using Microsoft.CodeAnalysis;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ClaimCheck.Predicates.Roslyn;

/// <summary>
/// Compiles all blocks of a rule set in one compilation: parse each block, check the whole
/// file (compiler errors, result types, the allow-list) through one semantic model, then add
/// the time-limit calls and emit one assembly. Errors are mapped into the rule files.
/// </summary>
internal static class RoslynBlockCompiler
{
    private static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        allowUnsafe: false,
        nullableContextOptions: NullableContextOptions.Disable,
        deterministic: true);

    public static CSharpCompileOutcome Compile(IReadOnlyList<CSharpBlockRequest> requests)
    {
        var diagnostics = requests.Select(_ => new DiagnosticBag()).ToArray();
        var failed = new HashSet<int>();
        var (text, plans) = BlockSource.Build(requests, diagnostics, failed);
        var tree = CSharpSyntaxTree.ParseText(text, BlockSource.ParseOptions);
        var compilation = CSharpCompilation.Create("ClaimCheck.CSharpBlocks", [tree], RoslynReferences.All, Options);
        var model = compilation.GetSemanticModel(tree);
        var root = tree.GetRoot();

        var compilerErrors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        var methods = root.DescendantNodes().OfType<MethodDeclarationSyntax>().ToDictionary(m => m.Identifier.Text);
        var kinds = new string?[plans.Count];
        foreach (var plan in plans)
        {
            var bag = diagnostics[plan.Index];
            var method = methods["B" + plan.Index];
            if (failed.Contains(plan.Index))
                continue;
            new AllowListWalker(model, plan, bag).Walk(method);
            // What the allow-list refuses often fails to compile too ('unsafe', a void call); its reason is the one to read.
            if (bag.Items.Count == 0)
            {
                foreach (var error in compilerErrors.Where(e => plan.Method.Contains(e.Location.SourceSpan.Start)))
                    bag.Report(plan.Request.Text, plan.ToRuleFile(error.Location.SourceSpan), DiagnosticDescriptors.CSharpError, RoslynMessages.Format(error));
            }
            if (bag.Items.Count > 0)
                failed.Add(plan.Index);
            if (failed.Contains(plan.Index))
                continue;
            var value = method.DescendantNodes().OfType<VariableDeclaratorSyntax>().First(v => v.Identifier.Text == "__value");
            var type = (model.GetDeclaredSymbol(value) as ILocalSymbol)?.Type;
            kinds[plan.Index] = type is null ? null : ResultKinds.Of(type);
            if (kinds[plan.Index] is null)
            {
                failed.Add(plan.Index);
                bag.Report(plan.Request.Text, plan.Request.Syntax.Span, DiagnosticDescriptors.CSharpResultType, type?.ToDisplayString() ?? "?");
            }
        }

        var stubs = failed.Select(i => "B" + i).ToHashSet();
        var rewritten = new BudgetRewriter(model, stubs).Visit(root)!;
        var emitted = compilation.ReplaceSyntaxTree(tree, tree.WithRootAndOptions(rewritten, tree.Options));
        using var stream = new MemoryStream();
        var result = emitted.Emit(stream);
        if (!result.Success)
        {
            // Only a bug in the rewriter gets here; the blocks themselves compiled.
            var first = result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
            foreach (var plan in plans.Where(p => !failed.Contains(p.Index)))
                diagnostics[plan.Index].Report(plan.Request.Text, plan.Request.Syntax.Span, DiagnosticDescriptors.CSharpError, RoslynMessages.Format(first));
            return new CSharpCompileOutcome(null, new string?[plans.Count], diagnostics.Select(d => d.Items).ToArray());
        }
        return new CSharpCompileOutcome(stream.ToArray(), kinds, diagnostics.Select(d => d.Items).ToArray());
    }
}
