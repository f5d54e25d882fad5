namespace ClaimCheck.Syntax.Expressions;

public enum QuantifierKind
{
    Any,
    All,
    None,
    Count,
}
