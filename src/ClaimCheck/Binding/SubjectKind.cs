using ClaimCheck.Binding.Types;
using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Binding;

/// <summary>Something a rule can check one by one (<c>for each statement s</c>): how to list them and where each one is.</summary>
public sealed record SubjectKind(
    string Name,
    string Plural,
    ObjectType Type,
    Func<ArticleIndex, IEnumerable<object>> Enumerate,
    Func<object, ArticleIndex, TextSpan> Locate);
