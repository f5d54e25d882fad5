namespace ClaimCheck.Loading;

/// <summary>One rule file's text and where it came from: a file on disk or a pack bundled into ClaimCheck.</summary>
public sealed record RuleFile(string DisplayPath, string Text, string? FullPath, string PackRoot, bool Bundled);
