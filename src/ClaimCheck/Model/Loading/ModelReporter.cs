using ClaimCheck.Diagnostics;
using ClaimCheck.Text;
using static ClaimCheck.Diagnostics.DiagnosticDescriptors;

namespace ClaimCheck.Model.Loading;

/// <summary>
/// One method per model problem, each taking the JSON path of the offending value and
/// pointing the diagnostic at that value in the model file.
/// </summary>
internal sealed class ModelReporter(IModelPositions positions, DiagnosticBag diagnostics)
{
    private const int ExcerptLength = 60;

    public IModelPositions Positions => positions;

    public bool HasErrors => diagnostics.HasErrors;

    public void Malformed(string path, string message) =>
        diagnostics.Report(ModelSyntax, positions.LocateValue(path), message);

    /// <summary><paramref name="problem"/> continues "Field 'x': " and ends with a period.</summary>
    public void InvalidField(string path, string problem) =>
        diagnostics.Report(ModelField, positions.LocateValue(path), JsonPaths.Display(path), problem);

    /// <summary>For problems with the name itself (an unknown or repeated field): points at the name, not the value.</summary>
    public void InvalidFieldName(string path, string problem) =>
        diagnostics.Report(ModelField, positions.LocateName(path), JsonPaths.Display(path), problem);

    /// <param name="spanPath">The span, or the object holding the bounds.</param>
    /// <param name="span">The offending range.</param>
    /// <param name="textLength">The length of the article text.</param>
    /// <param name="endField">The field that sets the end: "end" for spans, "length" for source map segments.</param>
    public void SpanOutOfRange(string spanPath, TextSpan span, int textLength, string endField = "end")
    {
        // Point at the bound that is outside the text.
        var bound = span.Start > textLength ? "start" : endField;
        var location = positions.LocateValue(JsonPaths.Property(spanPath, bound));
        diagnostics.Report(DiagnosticDescriptors.SpanOutOfRange, location, JsonPaths.Display(spanPath), span.Start, span.End, textLength);
    }

    public void SpanTextMismatch(string textPath, string actual, string given)
    {
        var (shownActual, shownGiven) = Excerpts(actual, given);
        diagnostics.Report(DiagnosticDescriptors.SpanTextMismatch, positions.LocateValue(textPath), JsonPaths.Display(textPath), shownActual, shownGiven);
    }

    public void UnknownEntity(string path, string id, IEnumerable<string> known) =>
        diagnostics.Report(UnknownEntityReference, positions.LocateValue(path), JsonPaths.Display(path), id, Suggestions.DidYouMean(id, known));

    public void UnknownStatement(string path, string id, IEnumerable<string> known) =>
        diagnostics.Report(UnknownStatementReference, positions.LocateValue(path), JsonPaths.Display(path), id, Suggestions.DidYouMean(id, known));

    public void DuplicateId(string path, string id) =>
        diagnostics.Report(DuplicateModelId, positions.LocateValue(path), JsonPaths.Display(path), id);

    public void SourceDiffers(string path, string sourcePath) =>
        diagnostics.Report(SourceFileDiffers, positions.LocateValue(path), JsonPaths.Display(path), sourcePath);

    /// <summary>
    /// Long texts are cut to the stretch where they first differ, so the message shows the difference.
    /// </summary>
    private static (string Actual, string Given) Excerpts(string actual, string given)
    {
        var common = 0;
        while (common < actual.Length && common < given.Length && actual[common] == given[common])
            common++;
        var start = common > ExcerptLength / 2 ? common - 10 : 0;
        return (Cut(actual, start), Cut(given, start));
    }

    private static string Cut(string text, int start)
    {
        var lead = start > 0 ? "…" : "";
        var rest = start < text.Length ? text[start..] : "";
        var shown = rest.Length > ExcerptLength ? rest[..ExcerptLength] + "…" : rest;
        return (lead + shown).ReplaceLineEndings("⏎");
    }
}
