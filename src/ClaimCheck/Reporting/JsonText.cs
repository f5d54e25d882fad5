using System.Text;
using System.Text.Json;

namespace ClaimCheck.Reporting;

/// <summary>Writes one JSON document to a text writer: '\n' line ends whatever the platform, and a final newline.</summary>
internal static class JsonText
{
    public static void Write(TextWriter output, bool indented, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, ArticleJsonWriter.Options(indented)))
            write(json);
        output.Write(Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n"));
        output.Write('\n');
    }
}
