namespace ClaimCheck.Extraction.Quality;

/// <summary>True positives, and how many keys each side has; precision, recall and F1 from them.</summary>
public readonly record struct FieldScore(int Matched, int Gold, int Extracted)
{
    public static FieldScore Of(IEnumerable<string> gold, IEnumerable<string> extracted)
    {
        var g = gold.ToHashSet(StringComparer.Ordinal);
        var e = extracted.ToHashSet(StringComparer.Ordinal);
        return new FieldScore(g.Intersect(e).Count(), g.Count, e.Count);
    }

    public static FieldScore operator +(FieldScore a, FieldScore b) => new(a.Matched + b.Matched, a.Gold + b.Gold, a.Extracted + b.Extracted);

    /// <summary>Matched over extracted; 1 when nothing was extracted (nothing wrong was claimed).</summary>
    public double Precision => Extracted == 0 ? 1.0 : (double)Matched / Extracted;

    /// <summary>Matched over gold; 1 when the gold has none.</summary>
    public double Recall => Gold == 0 ? 1.0 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"P {Precision:0.00}  R {Recall:0.00}  F1 {F1:0.00}  ({Matched} of {Gold} gold, {Extracted} extracted)");
}
