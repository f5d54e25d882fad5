using System.Collections;
using System.Reflection;
using ClaimCheck.Syntax;
using ClaimCheck.Syntax.Expressions;

namespace ClaimCheck.Benchmarks.Inputs;

/// <summary>
/// The distinct regex literals (<c>/pattern/flags</c>) in parsed rule files, found by walking
/// every syntax node's properties, so the walk needs no change when the grammar grows a node.
/// </summary>
public static class RegexLiterals
{
    public static IReadOnlyList<RegexSyntax> In(IEnumerable<SyntaxTree> trees)
    {
        var found = new List<RegexSyntax>();
        var seen = new HashSet<(string, string)>();
        foreach (var tree in trees)
            foreach (var member in tree.Members)
                Walk(member, found, seen);
        return found;
    }

    private static void Walk(object node, List<RegexSyntax> found, HashSet<(string, string)> seen)
    {
        if (node is RegexSyntax regex)
        {
            if (seen.Add((regex.Pattern, regex.Flags)))
                found.Add(regex);
            return;
        }
        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
                continue;
            switch (property.GetValue(node))
            {
                case SyntaxNode child:
                    Walk(child, found, seen);
                    break;
                case IEnumerable items and not string:
                    foreach (var item in Items(items))
                        if (item is SyntaxNode itemNode)
                            Walk(itemNode, found, seen);
                    break;
            }
        }
    }

    // A default ImmutableArray (a node built without that list) throws when enumerated.
    private static IEnumerable<object?> Items(IEnumerable items)
    {
        try
        {
            return items.Cast<object?>().ToList();
        }
        catch (Exception e) when (e is InvalidOperationException or NullReferenceException)
        {
            return [];
        }
    }
}
