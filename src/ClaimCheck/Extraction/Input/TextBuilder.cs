using System.Text;
using ClaimCheck.Model;

namespace ClaimCheck.Extraction.Input;

/// <summary>
/// Builds an article text from pieces of a source file, recording for each run copied
/// verbatim where it came from (the model's <c>source.map</c>); separators it adds are unmapped.
/// </summary>
internal sealed class TextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<SourceSegment> _segments = [];

    public int Length => _text.Length;

    public void Copy(string source, int sourceStart, int length)
    {
        if (length <= 0)
            return;
        var start = _text.Length;
        _text.Append(source, sourceStart, length);
        if (_segments.Count > 0 && _segments[^1] is var last && last.Start + last.Length == start && last.SourceStart + last.Length == sourceStart)
            _segments[^1] = last with { Length = last.Length + length };
        else
            _segments.Add(new SourceSegment(start, length, sourceStart));
    }

    public void Append(string text) => _text.Append(text);

    /// <summary>Ends the current paragraph: paragraphs are separated by one line break.</summary>
    public void EndParagraph()
    {
        while (_text.Length > 0 && _text[^1] == ' ')
            _text.Length--;
        if (_text.Length > 0 && _text[^1] != '\n')
            _text.Append('\n');
    }

    public bool EndsWithSpace => _text.Length == 0 || _text[^1] is ' ' or '\n';

    public string Text => _text.ToString();

    public IReadOnlyList<SourceSegment> Segments => _segments;
}
