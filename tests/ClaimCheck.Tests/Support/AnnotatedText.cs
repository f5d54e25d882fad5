using System.Collections.Immutable;
using System.Text;
using ClaimCheck.Text;

namespace ClaimCheck.Tests.Support;

/// <summary>
/// roslyn-sdk's test markup on minsk's AnnotatedText: <c>{|CC1001:text|}</c> marks a span that
/// must carry diagnostic CC1001, <c>[|text|]</c> an anonymous span. The markup is removed from the text.
/// </summary>
internal sealed record AnnotatedText(string Text, ImmutableArray<(string? Id, TextSpan Span)> Spans)
{
    public static AnnotatedText Parse(string markup)
    {
        var text = new StringBuilder();
        var spans = ImmutableArray.CreateBuilder<(string?, TextSpan)>();
        var open = new Stack<(string? Id, int Start)>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (Starts(markup, i, "{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                open.Push((markup[(i + 2)..colon], text.Length));
                i = colon;
            }
            else if (Starts(markup, i, "[|"))
            {
                open.Push((null, text.Length));
                i++;
            }
            else if (Starts(markup, i, "|}") || Starts(markup, i, "|]"))
            {
                var (id, start) = open.Pop();
                spans.Add((id, TextSpan.FromBounds(start, text.Length)));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }
        if (open.Count > 0)
            throw new ArgumentException("Unclosed span in test markup.");
        return new AnnotatedText(text.ToString(), spans.OrderBy(s => s.Item2.Start).ToImmutableArray());
    }

    private static bool Starts(string text, int index, string token) =>
        string.CompareOrdinal(text, index, token, 0, token.Length) == 0;
}
