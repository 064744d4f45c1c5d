namespace ProcurementSim.Analysis.Statistics;

/// <summary>
/// The bucket counts of one sign of a <see cref="QuantileSketch"/>: a dense array over the keys seen, at most
/// <c>maxBuckets</c> wide. When a new key would widen it further, the lowest keys (the smallest magnitudes) are merged
/// into the lowest bucket that remains, as DDSketch's collapsing store does.
/// </summary>
internal sealed class SketchStore(int maxBuckets)
{
    private long[] _counts = [];
    private int _offset; // key of _counts[0]

    /// <summary>Counts one value of bucket <paramref name="key"/>.</summary>
    public void Add(int key)
    {
        if (_counts.Length == 0)
        {
            (_counts, _offset) = (new long[1], key);
        }
        else if (key < _offset)
        {
            // Below the lowest key kept: when the store would grow past its width, the value joins the lowest bucket.
            if (High - key + 1 > maxBuckets) key = _offset;
            else Span(key, High);
        }
        else if (key > High)
        {
            if (key - _offset + 1 > maxBuckets) Collapse(key - maxBuckets + 1);
            Span(_offset, key);
        }

        _counts[key - _offset]++;
    }

    /// <summary>Non-empty buckets, lowest key first.</summary>
    public IEnumerable<(int Key, long Count)> Ascending()
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            if (_counts[i] > 0) yield return (_offset + i, _counts[i]);
        }
    }

    /// <summary>Non-empty buckets, highest key first.</summary>
    public IEnumerable<(int Key, long Count)> Descending()
    {
        for (var i = _counts.Length - 1; i >= 0; i--)
        {
            if (_counts[i] > 0) yield return (_offset + i, _counts[i]);
        }
    }

    private int High => _offset + _counts.Length - 1;

    // Makes the array span exactly [low, high], which contains the keys it spans now.
    private void Span(int low, int high)
    {
        var counts = new long[high - low + 1];
        Array.Copy(_counts, 0, counts, _offset - low, _counts.Length);
        (_counts, _offset) = (counts, low);
    }

    // Merges every bucket at or below key `lowest` into bucket `lowest`; the array then starts at `lowest`.
    private void Collapse(int lowest)
    {
        var merged = 0L;
        for (var i = 0; i < _counts.Length && _offset + i <= lowest; i++) merged += _counts[i];
        var counts = new long[Math.Max(1, High - lowest + 1)];
        for (var i = 1; i < counts.Length; i++) counts[i] = _counts[lowest + i - _offset];
        counts[0] = merged;
        (_counts, _offset) = (counts, lowest);
    }
}
