using ClaimCheck.Syntax.Expressions;

namespace ClaimCheck.Binding;

/// <summary>
/// The C# blocks of one rule set. Binding runs twice when there are blocks: the first pass
/// only collects the requests (a block's type comes from the C# compiler, which needs every
/// block at once); the second binds each block to what the compiler made of it.
/// </summary>
internal sealed class CSharpBlockTable
{
    private readonly Dictionary<CSharpExpressionSyntax, int> _seen = new(ReferenceEqualityComparer.Instance);
    private readonly List<CSharpBlockRequest> _requests = [];
    private readonly IReadOnlyDictionary<CSharpExpressionSyntax, CSharpBlockBinding>? _bindings;

    public CSharpBlockTable(IReadOnlyDictionary<CSharpExpressionSyntax, CSharpBlockBinding>? bindings = null) => _bindings = bindings;

    public IReadOnlyList<CSharpBlockRequest> Requests => _requests;

    /// <summary>Records the block (once) and returns its binding, or null in the first pass.</summary>
    public CSharpBlockBinding? Bind(CSharpBlockRequest request)
    {
        if (_seen.TryAdd(request.Syntax, _requests.Count))
            _requests.Add(request);
        return _bindings is not null && _bindings.TryGetValue(request.Syntax, out var binding) ? binding : null;
    }
}
