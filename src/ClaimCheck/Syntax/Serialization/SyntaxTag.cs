namespace ClaimCheck.Syntax.Serialization;

/// <summary>The node kinds of the parse cache's format; append new ones, never renumber (and bump the cache's format version).</summary>
internal enum SyntaxTag : byte
{
    ErrorMember = 1,
    Ruleset,
    Use,
    Phrase,
    Rule,
    PolicyRule,
    ForEach,
    Where,
    Require,
    Forbid,
    Report,
    Message,
    Help,
    Severity,
    Tags,
    Binary,
    Not,
    Presence,
    Matches,
    Path,
    Literal,
    List,
    Quantifier,
    CSharp,
    TemplateText,
    TemplateHole,
}
