using ClaimCheck.Model;

namespace ClaimCheck.Binding.Types;

/// <summary>A member a path can reach (<c>statement.channel</c>), with its type and how to read it.</summary>
public sealed record ModelMember(string Name, ModelType Type, string Description, Func<object, ArticleIndex, object?> Get);
