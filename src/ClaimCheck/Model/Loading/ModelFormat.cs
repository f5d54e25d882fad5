namespace ClaimCheck.Model.Loading;

/// <summary>The notations an article model file can be written in.</summary>
public enum ModelFormat
{
    Json,
    Yaml,
}
