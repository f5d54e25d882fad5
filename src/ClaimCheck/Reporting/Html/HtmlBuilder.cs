using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ClaimCheck.Reporting.Html;

/// <summary>
/// A small HTML writer. Tag and attribute names come only from our code; every text and
/// attribute value goes through <see cref="HtmlEncoder"/>, so user text (titles, messages,
/// article text) can never open an element. Values are always double-quoted.
/// </summary>
internal sealed class HtmlBuilder
{
    // All of Unicode stays readable (’ stays ’); only what HTML gives meaning to, and control characters, is escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new();

    /// <summary>Markup written verbatim: for constants of our own only, never for user text.</summary>
    public HtmlBuilder Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlBuilder Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
            _html.Append(Encoder.Encode(text));
        return this;
    }

    /// <summary>Opens an element; attributes whose value is null are left out.</summary>
    public HtmlBuilder Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
                continue;
            _html.Append(' ').Append(name).Append("=\"").Append(Encoder.Encode(value)).Append('"');
        }
        _html.Append('>');
        return this;
    }

    public HtmlBuilder Close(string tag)
    {
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public HtmlBuilder Element(string tag, string? text, params ReadOnlySpan<(string Name, string? Value)> attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    public HtmlBuilder Line()
    {
        _html.Append('\n');
        return this;
    }

    public override string ToString() => _html.ToString();
}
