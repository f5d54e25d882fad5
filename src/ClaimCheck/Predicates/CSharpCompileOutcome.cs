using ClaimCheck.Diagnostics;

namespace ClaimCheck.Predicates;

/// <summary>
/// What one compilation of all blocks gave: the assembly (null if nothing could be emitted),
/// each block's result kind (null for a block with errors) and each block's diagnostics, in rule-file terms.
/// </summary>
internal sealed record CSharpCompileOutcome(byte[]? Assembly, IReadOnlyList<string?> Kinds, IReadOnlyList<IReadOnlyList<Diagnostic>> Diagnostics);
