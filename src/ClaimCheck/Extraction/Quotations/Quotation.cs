using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Quotations;

/// <summary>
/// A quoted stretch. <see cref="Outer"/> runs from the opening mark through the closing mark (or
/// to the end of the paragraph when the quote runs on into the next, the wire convention);
/// <see cref="Inner"/> is the quoted words without the marks and without a comma or full stop
/// placed inside the closing mark.
/// </summary>
internal sealed record Quotation(TextSpan Outer, TextSpan Inner, int Depth, bool Closed, bool RunsOn, bool ContinuesPrevious);
