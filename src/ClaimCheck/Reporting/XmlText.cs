using System.Text;
using System.Xml;

namespace ClaimCheck.Reporting;

/// <summary>Writes XML as UTF-8 with '\n' line ends, and keeps characters XML cannot carry out of it.</summary>
internal static class XmlText
{
    public static string Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using (var xml = XmlWriter.Create(stream, settings))
            write(xml);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Control characters (other than tab and line breaks) and lone surrogates become U+FFFD, which XML 1.0 allows.</summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }
            builder.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
        }
        return builder.ToString();
    }
}
