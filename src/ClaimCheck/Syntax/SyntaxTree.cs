using System.Collections.Immutable;
using ClaimCheck.Diagnostics;
using ClaimCheck.Syntax.Members;
using ClaimCheck.Text;

namespace ClaimCheck.Syntax;

/// <summary>One parsed rule file: always complete, with error members where the text could not be parsed.</summary>
public sealed record SyntaxTree(SourceText Text, ImmutableArray<MemberSyntax> Members, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>One of the packs shipped inside ClaimCheck (tested to bind cleanly), not a user's file.</summary>
    public bool Bundled { get; init; }

    public static SyntaxTree Parse(SourceText text) => RuleFileParser.Parse(text);

    public static SyntaxTree Parse(string text, string path = "") => Parse(SourceText.From(text, path));
}
