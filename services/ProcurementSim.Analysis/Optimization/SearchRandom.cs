namespace ProcurementSim.Analysis.Optimization;

/// <summary>
/// The search's own random numbers: xoshiro256** (Blackman &amp; Vigna 2018) seeded with four outputs of SplitMix64
/// from the seed. Written out here, not <see cref="Random"/>, so the sequence is fixed by the documentation
/// (docs/MODEL.md §13.14) rather than by the runtime's version.
/// </summary>
public sealed class SearchRandom
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>A generator whose whole sequence is fixed by <paramref name="seed"/>.</summary>
    public SearchRandom(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextBits()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform number in [0, 1): the top 53 bits times 2^-53.</summary>
    public double NextDouble() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A whole number in [0, <paramref name="count"/>): floor(u × count) of one <see cref="NextDouble"/>.</summary>
    public int NextInt(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return Math.Min(count - 1, (int)(NextDouble() * count));
    }

    /// <summary>SplitMix64's step (Steele, Lea &amp; Flood 2014): also how other seeds are derived from one.</summary>
    public static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
