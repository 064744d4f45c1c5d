namespace ProcurementSim.Analysis.Streaming;

/// <summary>
/// Reservoir sampling (Vitter 1985, algorithm R) with a fixed hash for the draws, so the sample is the same in every
/// process: state i (0-based, i ≥ k) replaces slot j = SplitMix64(i) mod (i + 1) of a reservoir of k states when
/// j &lt; k. Every state ends in the sample with the same probability k / n.
/// </summary>
internal static class Reservoir
{
    /// <summary>The slot state <paramref name="state"/> takes in a reservoir of <paramref name="size"/>, or −1 when it is not kept.</summary>
    public static int Slot(long state, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        if (state < size) return (int)state;
        var j = (long)(SplitMix64((ulong)state) % (ulong)(state + 1));
        return j < size ? (int)j : -1;
    }

    /// <summary>Steele, Lea and Flood's (2014) SplitMix64 finaliser of <paramref name="x"/> + the golden-ratio increment.</summary>
    public static ulong SplitMix64(ulong x)
    {
        var z = x + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
