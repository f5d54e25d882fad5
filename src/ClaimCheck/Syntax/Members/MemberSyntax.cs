namespace ClaimCheck.Syntax.Members;

/// <summary>A top-level item of a rule file.</summary>
public abstract record MemberSyntax : SyntaxNode;
