using ClaimCheck.Text;

namespace ClaimCheck.Model.Loading;

/// <summary>
/// Where each JSON path of the model sits in the model file, whichever notation the file is in,
/// so checks can point at the offending token without knowing whether it was JSON or YAML.
/// </summary>
internal interface IModelPositions
{
    /// <summary>The model file, under the path diagnostics print.</summary>
    SourceText Text { get; }

    /// <summary>The value at <paramref name="path"/>: a scalar token, or the opening of an object or list.</summary>
    TextSpan? FindValue(string path);

    /// <summary>The property name that introduces the value at <paramref name="path"/>.</summary>
    TextSpan? FindName(string path);

    /// <summary>
    /// The value at <paramref name="path"/>, or else its nearest enclosing value: a field that is
    /// missing is reported at the object that should hold it.
    /// </summary>
    TextLocation LocateValue(string path)
    {
        for (var current = path; current is not null; current = JsonPaths.Parent(current))
        {
            if (FindValue(current) is { } span)
                return new TextLocation(Text, span);
        }
        return new TextLocation(Text, new TextSpan(0, 0));
    }

    TextLocation LocateName(string path) =>
        FindName(path) is { } span ? new TextLocation(Text, span) : LocateValue(path);
}
