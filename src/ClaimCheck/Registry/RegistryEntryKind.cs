namespace ClaimCheck.Registry;

/// <summary>What a registry entry describes; the file's sections are named after these.</summary>
public enum RegistryEntryKind
{
    Person,
    Organization,
    Outlet,
}
