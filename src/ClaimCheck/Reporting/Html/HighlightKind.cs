namespace ClaimCheck.Reporting.Html;

/// <summary>
/// What a highlighted stretch of article text is. The order is the nesting order for spans
/// that cover the same text: earlier kinds sit outside later ones.
/// </summary>
internal enum HighlightKind
{
    /// <summary>The passage a finding concerns: unstyled until its note is pointed at.</summary>
    Finding,
    Claim,
    Statement,
    Channel,
    Source,
    Cue,
    Quote,
}
