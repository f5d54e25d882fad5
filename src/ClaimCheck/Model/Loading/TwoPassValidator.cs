namespace ClaimCheck.Model.Loading;

/// <summary>
/// A check over a whole article that runs quietly first: most models are fine, and building
/// the JSON path of every element just in case is most of what such a check costs. Only when
/// the quiet walk finds a problem does it walk again, with paths, to report each one.
/// Subclasses build paths with <see cref="Property"/> and <see cref="Element"/> and call
/// <see cref="Quietly"/> before reporting.
/// </summary>
internal abstract class TwoPassValidator
{
    private bool _quiet;
    private bool _failed;

    public void Validate()
    {
        _quiet = true;
        _failed = false;
        Walk();
        if (!_failed)
            return;
        _quiet = false;
        Walk();
    }

    protected abstract void Walk();

    /// <summary>True on the quiet walk, which only notes that something is to be reported: return without reporting.</summary>
    protected bool Quietly()
    {
        if (!_quiet)
            return false;
        _failed = true;
        return true;
    }

    protected string Property(string parent, string name) => _quiet ? "" : JsonPaths.Property(parent, name);

    protected string Element(string parent, int index) => _quiet ? "" : JsonPaths.Element(parent, index);

    protected string Top(string list) => Property(JsonPaths.Root, list);
}
