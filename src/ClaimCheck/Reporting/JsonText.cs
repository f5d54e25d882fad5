using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ClaimCheck.Reporting;

/// <summary>Writes one JSON document to a text writer: '\n' line ends whatever the platform, and a final newline.</summary>
internal static class JsonText
{
    // JSON Lines writes a document per article: one buffer per thread, reused, instead of a
    // stream, an array and a string per line. A whole report can be large; its buffer is not kept.
    private const int KeptBufferBytes = 1 << 20;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public static void Write(TextWriter output, bool indented, Action<Utf8JsonWriter> write)
    {
        var buffer = t_buffer ?? new ArrayBufferWriter<byte>(16 * 1024);
        t_buffer = null;
        using (var json = new Utf8JsonWriter(buffer, ArticleJsonWriter.Options(indented)))
            write(json);

        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(buffer.WrittenCount));
        try
        {
            var count = Encoding.UTF8.GetChars(buffer.WrittenSpan, chars);
            output.Write(chars, 0, count);
            output.Write('\n');
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
        if (buffer.Capacity <= KeptBufferBytes)
        {
            buffer.ResetWrittenCount();
            t_buffer = buffer;
        }
    }
}
