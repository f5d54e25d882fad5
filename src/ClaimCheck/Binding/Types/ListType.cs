namespace ClaimCheck.Binding.Types;

public sealed class ListType : ModelType
{
    public ListType(ModelType element) : base($"list of {element.Name}") => Element = element;

    public ModelType Element { get; }

    public override string Describe() => $"a list of {Element.Name}";

    public override bool Equals(object? obj) => obj is ListType other && other.Element.Equals(Element);

    public override int GetHashCode() => HashCode.Combine("list", Element);
}
