namespace ClaimCheck.Model;

public enum StatementForm
{
    Direct,
    Indirect,
    Mixed,
}
