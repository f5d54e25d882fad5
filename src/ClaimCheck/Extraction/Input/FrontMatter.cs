using System.Globalization;
using ClaimCheck.Diagnostics;
using ClaimCheck.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ClaimCheck.Extraction.Input;

/// <summary>
/// The YAML front matter of a Markdown article (between '---' lines at the top): headline
/// (or title), outlet, url, published (or date) and language. Other keys are left alone.
/// </summary>
internal sealed record FrontMatter(string? Headline, string? Outlet, string? Url, DateOnly? Published, string? Language)
{
    public static readonly FrontMatter None = new(null, null, null, null, null);

    /// <summary>Where the front matter's YAML starts and ends in the file, or null without front matter.</summary>
    public static (int Start, int End, int BlockEnd)? Locate(string content)
    {
        if (!content.StartsWith("---\n", StringComparison.Ordinal) && !content.StartsWith("---\r\n", StringComparison.Ordinal))
            return null;
        var start = content.IndexOf('\n') + 1;
        var position = start;
        while (position < content.Length)
        {
            var lineEnd = content.IndexOf('\n', position);
            var line = (lineEnd < 0 ? content[position..] : content[position..lineEnd]).TrimEnd('\r');
            if (line is "---" or "...")
                return (start, position, lineEnd < 0 ? content.Length : lineEnd + 1);
            if (lineEnd < 0)
                break;
            position = lineEnd + 1;
        }
        return null;
    }

    public static FrontMatter Parse(SourceText source, int start, int end, DiagnosticBag diagnostics)
    {
        if (SimpleFrontMatter.TryRead(source.Text, start, end) is { } pairs && FromPairs(pairs) is { } simple)
            return simple;
        var yaml = source.Text[start..end];
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var offset = Math.Clamp(start + (int)e.Start.Index, start, Math.Max(start, end - 1));
            diagnostics.Report(source, new TextSpan(offset, 0), DiagnosticDescriptors.FrontMatterSyntax, e.Message.TrimEnd('.') + ".");
            return None;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            return None;

        string? Scalar(params string[] keys)
        {
            foreach (var (key, value) in mapping.Children)
            {
                if (key is YamlScalarNode { Value: { } k } && keys.Contains(k, StringComparer.OrdinalIgnoreCase))
                {
                    if (value is YamlScalarNode { Value: { Length: > 0 } v })
                        return v;
                    diagnostics.Report(source, Span(key), DiagnosticDescriptors.FrontMatterField, k, "its value is not a single piece of text.");
                }
            }
            return null;
        }
        TextSpan Span(YamlNode node) => new(Math.Clamp(start + (int)node.Start.Index, 0, source.Length), 0);

        DateOnly? published = null;
        if (Scalar("published", "date") is { } date)
        {
            var text = date.Length >= 10 ? date[..10] : date;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                published = parsed;
            }
            else
            {
                var node = mapping.Children.First(c => c.Key is YamlScalarNode { Value: "published" or "date" }).Value;
                diagnostics.Report(source, Span(node), DiagnosticDescriptors.FrontMatterField, "published", $"'{date}' is not a date written yyyy-mm-dd.");
            }
        }
        return new FrontMatter(Scalar("headline", "title"), Scalar("outlet", "publication"), Scalar("url"), published, Scalar("language", "lang"));
    }

    /// <summary>The same fields from simple key-value lines, or null when the date needs the diagnostic only the full parse can place.</summary>
    private static FrontMatter? FromPairs(List<(string Key, string Value)> pairs)
    {
        string? Scalar(params string[] keys) => pairs.FirstOrDefault(p => keys.Contains(p.Key, StringComparer.OrdinalIgnoreCase)).Value;
        DateOnly? published = null;
        if (Scalar("published", "date") is { } date)
        {
            var text = date.Length >= 10 ? date[..10] : date;
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                return null;
            published = parsed;
        }
        return new FrontMatter(Scalar("headline", "title"), Scalar("outlet", "publication"), Scalar("url"), published, Scalar("language", "lang"));
    }
}
