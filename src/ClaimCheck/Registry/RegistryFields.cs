namespace ClaimCheck.Registry;

/// <summary>The fields each part of a registry file may have, for unknown-key checks and the docs.</summary>
internal static class RegistryFields
{
    public static readonly string[] Root = ["people", "organizations", "outlets"];
    public static readonly string[] Person = ["id", "name", "aliases", "nationality", "offices", "source"];
    public static readonly string[] Office = ["title", "aliases", "organization", "from", "to", "source"];
    public static readonly string[] Organization = ["id", "name", "fullName", "aliases", "parent", "country", "source"];
    public static readonly string[] Outlet = ["id", "name", "fullName", "aliases", "parent", "country", "kind", "source"];

    public static readonly string[] OutletKinds = ["state-agency", "public-broadcaster", "private", "wire"];
}
