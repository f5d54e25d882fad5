using System.Buffers;
using System.Text;
using System.Text.Unicode;
using ClaimCheck.Diagnostics;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction.Input;

/// <summary>
/// Reads an article file as UTF-8. Bytes that are not UTF-8 are an error located at the first
/// of them (a silent replacement character would put wrong text into quotes and names).
/// </summary>
internal static class ArticleFileReader
{
    public static string? Read(string path, DiagnosticBag diagnostics) =>
        ReadBytes(path, diagnostics) is { } bytes ? Decode(bytes, path.Replace('\\', '/'), diagnostics) : null;

    /// <summary>The file's bytes, or null with CC4001 (a folder, missing, unreadable); model files are read this way too.</summary>
    public static byte[]? ReadBytes(string path, DiagnosticBag diagnostics)
    {
        var display = path.Replace('\\', '/');
        try
        {
            if (Directory.Exists(path))
            {
                diagnostics.ReportAtPath(display, DiagnosticDescriptors.ArticleUnreadable, $"'{display}' is a folder, not a file.");
                return null;
            }
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            diagnostics.ReportAtPath(display, DiagnosticDescriptors.ArticleUnreadable, $"'{display}' does not exist.");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.ReportAtPath(display, DiagnosticDescriptors.ArticleUnreadable, e.Message);
            return null;
        }
    }

    public static string? Decode(byte[] bytes, string display, DiagnosticBag diagnostics)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
            if (status == OperationStatus.Done)
                return Encoding.UTF8.GetString(bytes);
            var lenient = Encoding.UTF8.GetString(bytes);
            var position = Encoding.UTF8.GetCharCount(bytes, 0, read);
            var source = SourceText.From(lenient, display);
            diagnostics.Report(source, new TextSpan(Math.Min(position, lenient.Length), 0), DiagnosticDescriptors.InvalidUtf8, bytes[read].ToString("X2"));
            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
