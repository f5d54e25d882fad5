namespace ClaimCheck.Binding.Types;

public sealed class PrimitiveType : ModelType
{
    public static readonly PrimitiveType TextType = new("text", "text");
    public static readonly PrimitiveType NumberType = new("number", "a number");
    public static readonly PrimitiveType BooleanType = new("boolean", "a true/false condition");
    public static readonly PrimitiveType DateType = new("date", "a date");

    private readonly string _description;

    private PrimitiveType(string name, string description) : base(name) => _description = description;

    public override string Describe() => _description;
}
