namespace ClaimCheck.Model.Loading;

/// <summary>One field of a model object as the file spells it (camelCase), and what it may hold.</summary>
internal sealed record ModelShapeField(string Name, ModelShape Shape, bool Nullable, bool Required);
