using ClaimCheck.Model;

namespace ClaimCheck.Binding.Types;

/// <summary>A model object (statement, quote, entity, ...) and the members rules may use on it.</summary>
public sealed class ObjectType : ModelType
{
    private readonly Dictionary<string, ModelMember> _members = new(StringComparer.Ordinal);

    public ObjectType(string name, string article, string description) : base(name)
    {
        Article = article;
        Description = description;
    }

    /// <summary>"a" or "an", for messages.</summary>
    public string Article { get; }

    public string Description { get; }

    public IReadOnlyCollection<ModelMember> Members => _members.Values;

    public override string Describe() => $"{Article} {Name}";

    public ModelMember? Member(string name) => _members.GetValueOrDefault(name);

    internal ObjectType Add<T>(string name, ModelType type, string description, Func<T, ArticleIndex, object?> get) where T : class
    {
        _members[name] = new ModelMember(name, type, description, (value, index) => get((T)value, index));
        return this;
    }
}
