using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Entities;

/// <summary>A run of name words in a token list ("Russian Deputy Foreign Minister Sergey Vershinin"), by token indices, inclusive.</summary>
internal sealed record NameRun(int First, int Last, TextSpan Span, string Text, bool Possessive);
