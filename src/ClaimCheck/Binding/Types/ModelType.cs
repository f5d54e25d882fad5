namespace ClaimCheck.Binding.Types;

/// <summary>The type of a rule-language expression: text, number, yes/no, date, a list, or a model object.</summary>
public abstract class ModelType
{
    protected ModelType(string name) => Name = name;

    public string Name { get; }

    /// <summary>"a statement", "text", "a list of quotes": how messages name the type.</summary>
    public abstract string Describe();

    public override string ToString() => Name;
}
