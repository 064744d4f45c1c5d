namespace ProcurementSim.Analysis.Discovery;

/// <summary>
/// Subsets of runs for PRIM's resampling, drawn without replacement from a SplitMix64 stream (Steele, Lea and Flood
/// 2014): the k-th number of a stream seeded s is the SplitMix64 finaliser of s + k·0x9E3779B97F4A7C15. A subset of
/// <c>size</c> of <c>n</c> runs is the first <c>size</c> places of a Fisher–Yates shuffle of 0…n − 1 (place i swapped
/// with i + (draw mod (n − i))), returned in ascending order.
/// </summary>
internal sealed class SubsetDraws(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The next subset.</summary>
    public int[] Next(int n, int size)
    {
        var places = Enumerable.Range(0, n).ToArray();
        for (var i = 0; i < size; i++)
        {
            var j = i + (int)(Draw() % (ulong)(n - i));
            (places[i], places[j]) = (places[j], places[i]);
        }

        var subset = places[..size];
        Array.Sort(subset);
        return subset;
    }

    private ulong Draw()
    {
        _state += 0x9E3779B97F4A7C15UL;
        var z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
