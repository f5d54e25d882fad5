namespace ClaimCheck.Syntax.Clauses;

/// <summary>One line of a rule: severity, for each, where, require, forbid, report, message, help, tags.</summary>
public abstract record ClauseSyntax : SyntaxNode
{
    /// <summary>The clause keyword, used in "duplicate clause" diagnostics.</summary>
    public abstract string Keyword { get; }
}
