namespace ClaimCheck.Model;

/// <summary>A person, organization, outlet, place or country named in the article.</summary>
public sealed record Entity
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public EntityKind Kind { get; init; }
    public IReadOnlyList<string> Titles { get; init; } = [];

    /// <summary>For a person: the id of the organization they speak for or belong to.</summary>
    public string? Organization { get; init; }

    /// <summary>For an organization or outlet: the country it belongs to, as an entity id.</summary>
    public string? Country { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<Mention> Mentions { get; init; } = [];
}
