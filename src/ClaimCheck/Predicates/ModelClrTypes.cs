using ClaimCheck.Binding;
using ClaimCheck.Binding.Types;
using ClaimCheck.Model;

namespace ClaimCheck.Predicates;

/// <summary>Which record of ClaimCheck.Model stands for each object type of the rule language.</summary>
internal static class ModelClrTypes
{
    private static readonly Dictionary<ObjectType, Type> ByObjectType = new()
    {
        [ModelSchema.Article] = typeof(Article),
        [ModelSchema.Paragraph] = typeof(Paragraph),
        [ModelSchema.Sentence] = typeof(Sentence),
        [ModelSchema.Entity] = typeof(Entity),
        [ModelSchema.Mention] = typeof(Mention),
        [ModelSchema.Statement] = typeof(Statement),
        [ModelSchema.Source] = typeof(Source),
        [ModelSchema.Cue] = typeof(Cue),
        [ModelSchema.Content] = typeof(StatementContent),
        [ModelSchema.Quote] = typeof(Quote),
        [ModelSchema.Channel] = typeof(Channel),
        [ModelSchema.Claim] = typeof(Claim),
        [ModelSchema.Value] = typeof(ClaimValue),
    };

    /// <summary>The C# type a variable of <paramref name="type"/> is declared with in generated code.</summary>
    public static string CSharpName(ModelType type) => type switch
    {
        ObjectType o => "global::" + ByObjectType[o].FullName,
        ListType l => $"global::System.Collections.Generic.IReadOnlyList<{CSharpName(l.Element)}>",
        _ when type == PrimitiveType.TextType => "string",
        _ when type == PrimitiveType.NumberType => "double?",
        _ when type == PrimitiveType.BooleanType => "bool?",
        _ when type == PrimitiveType.DateType => "global::System.DateOnly?",
        _ => "object",
    };

    /// <summary>The object type whose record has this full name ("ClaimCheck.Model.Quote"), if any.</summary>
    public static ObjectType? FromFullName(string fullName) =>
        ByObjectType.FirstOrDefault(p => p.Value.FullName == fullName).Key;
}
