using ProcurementSim.Core.Randomness;

namespace ProcurementSim.Core.Experiments.Designs;

/// <summary>
/// A seeded permutation of 0 … n−1 computed one element at a time, with no table: a balanced Feistel network of
/// <see cref="Rounds"/> rounds on 2h-bit numbers (h = ⌈log₂ n / 2⌉, at least 1), whose round r maps (L, R) to
/// (R, L xor F_r(R)) with F_r(R) = ⌊U(seed, R, "&lt;experiment-design&gt;", "latin-hypercube", r, key) × 2ʰ⌋, and
/// cycle walking (Black and Rogaway 2002): a value ≥ n is encrypted again until it falls below n. A Feistel network
/// is a bijection of the 2h-bit numbers whatever its round functions, so cycle walking makes it one of 0 … n−1;
/// with 2²ʰ &lt; 4n it takes fewer than four walks on average.
/// </summary>
internal sealed class StratumPermutation
{
    /// <summary>Feistel rounds (four make a strong pseudorandom permutation: Luby and Rackoff 1988).</summary>
    public const int Rounds = 4;

    private readonly ulong _seed;
    private readonly ulong _key;
    private readonly int _n;
    private readonly int _half;
    private readonly long _mask;

    public StratumPermutation(ulong seed, ulong key, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        (_seed, _key, _n) = (seed, key, n);
        var bits = 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)(n - 1));
        _half = Math.Max(1, (bits + 1) / 2);
        _mask = (1L << _half) - 1;
    }

    /// <summary>The element at position <paramref name="i"/> (0 ≤ i &lt; n).</summary>
    public int Of(int i)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, _n);
        long x = i;
        do
        {
            x = Encrypt(x);
        }
        while (x >= _n);
        return (int)x;
    }

    private long Encrypt(long x)
    {
        var (left, right) = (x >> _half, x & _mask);
        for (var r = 0; r < Rounds; r++)
        {
            var f = (long)(DesignStreams.Uniform(_seed, (int)right, Purposes.LatinHypercube, r, _key) * (1L << _half)) & _mask;
            (left, right) = (right, left ^ f);
        }
        return (left << _half) | right;
    }
}
