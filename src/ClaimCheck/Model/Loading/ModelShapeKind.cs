namespace ClaimCheck.Model.Loading;

/// <summary>What a model value must look like in the file.</summary>
internal enum ModelShapeKind
{
    Object,
    Span,
    List,
    String,
    Integer,
    Boolean,
    Enum,
    Date,
}
