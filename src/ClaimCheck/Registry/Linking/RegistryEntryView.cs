namespace ClaimCheck.Registry.Linking;

/// <summary>
/// A registry entry as rules see it: the entry, and how it was reached from the article
/// (<see cref="LinkMethods"/>), or null when reached from another entry (a parent, a holder).
/// </summary>
public sealed record RegistryEntryView(RegistryEntry Entry, string? LinkedBy);
