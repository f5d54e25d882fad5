namespace ClaimCheck.Registry.Linking;

/// <summary>How a model entity was matched to a registry entry.</summary>
public static class LinkMethods
{
    /// <summary>The entity's name (or one of its aliases) is the entry's name or full name.</summary>
    public const string Name = "name";

    /// <summary>The entity's name (or one of its aliases) is one of the entry's aliases.</summary>
    public const string Alias = "alias";

    /// <summary>The names meet once transliteration differences are folded (<see cref="NameNormalizer"/>).</summary>
    public const string Transliteration = "transliteration";

    /// <summary>The entity is named by a surname alone, and a title it is given is one of the entry's offices.</summary>
    public const string SurnameAndTitle = "surname+title";
}

/// <summary>A model entity's registry entry and how the link was made (one of <see cref="LinkMethods"/>).</summary>
public sealed record RegistryLink(RegistryEntry Entry, string Method);
