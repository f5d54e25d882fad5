namespace ClaimCheck.Model;

/// <summary>Maps offsets in the article text to offsets in the source file, from the model's <c>source.map</c> segments.</summary>
public sealed class OffsetMap
{
    public static readonly OffsetMap Identity = new([]);

    private readonly SourceSegment[] _segments;

    public OffsetMap(IEnumerable<SourceSegment> segments) =>
        _segments = segments.OrderBy(s => s.Start).ToArray();

    public int ToSource(int offset)
    {
        if (_segments.Length == 0)
            return offset;
        // The last segment that starts at or before the offset carries it; beyond its end, keep its shift.
        var low = 0;
        var high = _segments.Length - 1;
        var found = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (_segments[mid].Start <= offset)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        if (found < 0)
            return offset - _segments[0].Start + _segments[0].SourceStart;
        var segment = _segments[found];
        return segment.SourceStart + Math.Min(offset - segment.Start, segment.Length);
    }
}
