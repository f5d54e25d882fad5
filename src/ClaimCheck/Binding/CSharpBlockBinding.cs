using System.Collections.Immutable;
using ClaimCheck.Binding.Types;
using ClaimCheck.Diagnostics;
using ClaimCheck.Model;

namespace ClaimCheck.Binding;

/// <summary>
/// What compiling a C# block gave: its rule-language type and how to evaluate it on a frame's
/// slots. A block with errors has <see cref="ErrorType"/> and its <see cref="Diagnostics"/>, which
/// the binder reports with the rest of the file, so the rule holding the block does not run.
/// </summary>
public sealed record CSharpBlockBinding(ModelType Type, Func<object?[], ArticleIndex, object?> Evaluate, ImmutableArray<Diagnostic> Diagnostics);
