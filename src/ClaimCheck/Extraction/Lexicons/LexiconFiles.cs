using System.Reflection;
using ClaimCheck.Diagnostics;

namespace ClaimCheck.Extraction.Lexicons;

/// <summary>
/// Reads the lexicon data files: the embedded ones shipped with ClaimCheck, then a file of the
/// same name in the user's lexicon folder, whose lines are added to them. Blank lines and lines
/// starting with '#' are skipped.
/// </summary>
internal static class LexiconFiles
{
    public static readonly IReadOnlyList<string> Names =
        ["abbreviations.txt", "anonymous.txt", "channels.txt", "connectives.txt", "countries.txt", "cues.txt", "organizations.txt", "outlets.txt", "places.txt", "titles.txt"];

    public static IReadOnlyList<(string Line, string File, int LineNumber)> Lines(string name, string? userDirectory, DiagnosticBag diagnostics)
    {
        var lines = new List<(string, string, int)>();
        var assembly = typeof(LexiconFiles).Assembly;
        using (var stream = assembly.GetManifestResourceStream("lexicons/" + name))
        {
            if (stream is not null)
                Add(lines, new StreamReader(stream).ReadToEnd(), "bundled:" + name);
        }
        if (userDirectory is null)
            return lines;
        var path = Path.Combine(userDirectory, name);
        if (Directory.Exists(path))
        {
            diagnostics.ReportAtPath(path.Replace('\\', '/'), DiagnosticDescriptors.LexiconUnreadable, path.Replace('\\', '/'), "it is a folder, not a file.");
            return lines;
        }
        if (!File.Exists(path))
            return lines;
        try
        {
            Add(lines, File.ReadAllText(path), path.Replace('\\', '/'));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.ReportAtPath(path.Replace('\\', '/'), DiagnosticDescriptors.LexiconUnreadable, path.Replace('\\', '/'), e.Message.TrimEnd('.') + ".");
        }
        return lines;
    }

    private static void Add(List<(string, string, int)> lines, string content, string file)
    {
        var number = 0;
        foreach (var raw in content.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
                lines.Add((line, file, number));
        }
    }
}
