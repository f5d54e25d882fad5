namespace ClaimCheck.Syntax.Expressions;

public enum LiteralKind
{
    String,
    Number,
    Date,
    Boolean,
}
