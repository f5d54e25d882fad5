namespace ClaimCheck.Model;

public enum ValueKind
{
    Year,
    Date,
    Number,
    Percent,
    Money,
    Quantity,
    Duration,
}
