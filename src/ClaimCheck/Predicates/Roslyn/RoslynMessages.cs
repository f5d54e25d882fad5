using System.Globalization;
using Microsoft.CodeAnalysis;

namespace ClaimCheck.Predicates.Roslyn;

internal static class RoslynMessages
{
    /// <summary>"CS0103: The name 'x' does not exist in the current context."</summary>
    public static string Format(Microsoft.CodeAnalysis.Diagnostic diagnostic)
    {
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture).TrimEnd();
        return $"{diagnostic.Id}: {message}{(message.EndsWith('.') ? "" : ".")}";
    }
}
