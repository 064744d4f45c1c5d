namespace ProcurementSim.Cli.Tests.Hostile;

/// <summary>A seeded SplitMix64 stream: the corpus generator's only source of variety, so the corpus is the same on every run.</summary>
internal sealed class SplitMix(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, count).</summary>
    public int Below(int count) => (int)(Next() % (ulong)count);

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];
}
