using ClaimCheck.Extraction.Entities;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Channels;

/// <summary>
/// A channel phrase in a sentence. <see cref="Lead"/> starts where the connective before it
/// starts (", according to"), so a content can stop before it.
/// </summary>
internal sealed record ChannelMatch(string Kind, TextSpan Span, string Text, EntityDraft? Outlet, int Lead, int FirstToken, int LastToken);
