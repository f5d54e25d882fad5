using System.Buffers;
using ClaimCheck.Model;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Quotations;

/// <summary>
/// Finds quotations in one pass over the paragraphs: straight and curly double quotes, single
/// quotes (an apostrophe inside a word, "al-Shar’a", is not one), guillemets « » and „ “. Quotes
/// nest; an unclosed double quote whose next paragraph opens with a quote mark runs on into it
/// (the wire convention); any other unbalanced mark becomes a note, never an error.
/// </summary>
internal static class QuotationScanner
{
    private readonly record struct Open(int Position, char Closer, bool Single);

    // The only characters the scan acts on: it jumps from one to the next.
    private static readonly SearchValues<char> Marks = SearchValues.Create("“”»„«\"‘’'");

    public static List<Quotation> Scan(string text, IReadOnlyList<Paragraph> paragraphs, List<Note> notes)
    {
        var quotations = new List<Quotation>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var span = paragraphs[p].Span;
            var stack = new List<Open>();
            for (var i = span.Start; i < span.End; i++)
            {
                var skip = text.AsSpan(i, span.End - i).IndexOfAny(Marks);
                if (skip < 0)
                    break;
                i += skip;
                var c = text[i];
                var before = i > span.Start ? text[i - 1] : ' ';
                var after = i + 1 < span.End ? text[i + 1] : ' ';
                switch (c)
                {
                    case '“' when stack.Count > 0 && stack[^1].Closer == '“':
                    case '”':
                    case '»':
                        Close(stack, c == '»' ? '»' : '”', i, text, quotations, notes);
                        break;
                    case '“' or '„':
                        stack.Add(new Open(i, c == '„' ? '“' : '”', false));
                        break;
                    case '«':
                        stack.Add(new Open(i, '»', false));
                        break;
                    case '"':
                        // Straight quotes look the same both ways: one after a space and before a word opens.
                        if (stack.Exists(o => o.Closer == '"') && !(IsOpeningContext(before) && !char.IsWhiteSpace(after)))
                            Close(stack, '"', i, text, quotations, notes);
                        else
                            stack.Add(new Open(i, '"', false));
                        break;
                    case '‘':
                        if (IsOpeningContext(before))
                            stack.Add(new Open(i, '’', true));
                        break;
                    case '’' or '\'':
                        if (char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after))
                            break; // an apostrophe inside a word
                        if (stack.Count > 0 && stack[^1].Single && (c == '’' ? stack[^1].Closer == '’' : stack[^1].Closer == '\'') && !char.IsLetterOrDigit(after) && !char.IsWhiteSpace(before))
                            Close(stack, stack[^1].Closer, i, text, quotations, notes);
                        else if (c == '\'' && IsOpeningContext(before) && char.IsLetter(after))
                            stack.Add(new Open(i, '\'', true));
                        break;
                }
            }
            var nextOpens = p + 1 < paragraphs.Count && text[paragraphs[p + 1].Span.Start] is '"' or '“' or '«' or '„';
            for (var k = 0; k < stack.Count; k++)
            {
                var open = stack[k];
                if (!open.Single && k == 0 && nextOpens)
                {
                    quotations.Add(Make(text, open.Position, span.End, span.End, 0, closed: false, runsOn: true, continuesPrevious: false));
                }
                else if (!open.Single)
                {
                    notes.Add(new Note { Message = $"The quotation mark '{text[open.Position]}' is never closed in its paragraph, so what follows it is not treated as a quote.", Span = new TextSpan(open.Position, 1) });
                }
            }
        }
        quotations.Sort((a, b) => a.Outer.Start.CompareTo(b.Outer.Start));
        MarkContinuations(text, paragraphs, quotations);
        return quotations;
    }

    private static void Close(List<Open> stack, char closer, int i, string text, List<Quotation> quotations, List<Note> notes)
    {
        var index = stack.FindLastIndex(o => o.Closer == closer || (closer == '”' && o.Closer == '“'));
        if (index < 0)
        {
            notes.Add(new Note { Message = $"The closing quotation mark '{text[i]}' has no opening mark before it in its paragraph.", Span = new TextSpan(i, 1) });
            return;
        }
        // Marks opened inside and never closed are unbalanced; they end with the enclosing quote.
        for (var k = stack.Count - 1; k > index; k--)
        {
            if (!stack[k].Single)
                notes.Add(new Note { Message = $"The quotation mark '{text[stack[k].Position]}' is never closed inside the quotation that contains it.", Span = new TextSpan(stack[k].Position, 1) });
        }
        var open = stack[index];
        stack.RemoveRange(index, stack.Count - index);
        quotations.Add(Make(text, open.Position, i, i + 1, index, closed: true, runsOn: false, continuesPrevious: false));
    }

    private static Quotation Make(string text, int open, int innerEnd, int outerEnd, int depth, bool closed, bool runsOn, bool continuesPrevious)
    {
        var start = open + 1;
        var end = innerEnd;
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        // The comma or full stop American style puts inside the closing mark is the article's, not the speaker's.
        if (end > start && text[end - 1] is ',' or '.' && !(end - 2 >= start && text[end - 2] == '.'))
            end--;
        return new Quotation(TextSpan.FromBounds(open, outerEnd), TextSpan.FromBounds(start, end), depth, closed, runsOn, continuesPrevious);
    }

    /// <summary>A quotation opening a paragraph right after one that ran on continues it.</summary>
    private static void MarkContinuations(string text, IReadOnlyList<Paragraph> paragraphs, List<Quotation> quotations)
    {
        var byStart = paragraphs.ToDictionary(p => p.Span.Start);
        for (var q = 1; q < quotations.Count; q++)
        {
            var previous = quotations[q - 1];
            if (!previous.RunsOn || quotations[q].Depth != 0)
                continue;
            var paragraph = byStart.GetValueOrDefault(quotations[q].Outer.Start);
            if (paragraph is not null && paragraph.Index > 0 && paragraphs[paragraph.Index - 1].Span.End == previous.Outer.End)
                quotations[q] = quotations[q] with { ContinuesPrevious = true };
        }
    }

    private static bool IsOpeningContext(char before) => char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or ':' or '“' or '"' or '«' or '„';
}
