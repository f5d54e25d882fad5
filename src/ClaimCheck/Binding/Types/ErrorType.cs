namespace ClaimCheck.Binding.Types;

/// <summary>The type of an expression that already has a diagnostic; nothing more is reported about it.</summary>
public sealed class ErrorType : ModelType
{
    public static readonly ErrorType Instance = new();

    private ErrorType() : base("?") { }

    public override string Describe() => "invalid";
}
