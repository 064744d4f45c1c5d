namespace ProcurementSim.Analysis.Discovery;

/// <summary>
/// An input's runs grouped into bins for the correlation ratio: a discrete input gets one bin per value; a continuous
/// one <see cref="Count"/> equal-count bins of its sorted values, B = clamp(round(√n / 2), 2, 50), a run tied with the
/// previous one staying in its bin (so equal values never straddle two bins).
/// </summary>
internal sealed class InputBins
{
    private InputBins(int[] bin, int count) => (Bin, Count) = (bin, count);

    /// <summary>The bin of each run.</summary>
    public int[] Bin { get; }

    /// <summary>Number of non-empty bins.</summary>
    public int Count { get; }

    /// <summary>The number of bins of a continuous input over <paramref name="n"/> runs.</summary>
    public static int ContinuousBins(int n) => Math.Clamp((int)Math.Round(Math.Sqrt(n) / 2, MidpointRounding.AwayFromZero), 2, 50);

    /// <summary>Bins the input.</summary>
    public static InputBins Of(DiscoveryInput input)
    {
        var n = input.Values.Length;
        var keys = (double[])input.Values.Clone();
        var order = Enumerable.Range(0, n).ToArray();
        Array.Sort(keys, order);
        var target = input.IsDiscrete ? int.MaxValue : ContinuousBins(n);
        var bin = new int[n];
        var current = -1;
        for (var p = 0; p < n; p++)
        {
            var tied = p > 0 && keys[p] == keys[p - 1];
            if (!tied)
            {
                // A discrete input opens a bin at each new value; a continuous one when the position reaches the next bin.
                var next = input.IsDiscrete ? current + 1 : Math.Max(current, (int)((long)p * target / n));
                current = next;
            }

            bin[order[p]] = current;
        }

        // Continuous bins may skip numbers when ties fill a bin past its share: renumber densely.
        var used = bin.Distinct().Order().Select((b, i) => (b, i)).ToDictionary(t => t.b, t => t.i);
        return new InputBins([.. bin.Select(b => used[b])], used.Count);
    }
}
