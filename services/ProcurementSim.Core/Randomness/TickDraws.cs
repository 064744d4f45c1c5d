namespace ProcurementSim.Core.Randomness;

/// <summary>
/// The draws of one <see cref="RandomStream"/> for one purpose at one tick, with the rounds those fix already mixed:
/// <c>stream.At(purpose, tick).Uniform(draw)</c> is <c>stream.Uniform(purpose, tick, draw)</c>, bit for bit, for a
/// loop that draws for several keys in the same week (injects, vendors).
/// </summary>
public readonly struct TickDraws
{
    private readonly ulong _h;

    internal TickDraws(ulong mixed) => _h = mixed;

    /// <summary>A uniform draw in [0, 1) for a draw key.</summary>
    public double Uniform(ulong draw) => (StableHash.Mix(_h ^ draw) >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="p"/>: <c>p &gt; 0</c> and the draw is below <paramref name="p"/>.</summary>
    public bool Chance(double p, ulong draw) => p > 0 && Uniform(draw) < p;

    /// <summary>
    /// <see cref="Chance"/> for a probability fixed in advance as <see cref="Threshold"/>(p): the same answer, compared
    /// in integers. A uniform draw is k · 2⁻⁵³ for the integer k = the mixed bits &gt;&gt; 11, exactly, so it is below p
    /// exactly when k is below ⌈p · 2⁵³⌉.
    /// </summary>
    public bool Below(ulong threshold, ulong draw) => (StableHash.Mix(_h ^ draw) >> 11) < threshold;

    /// <summary>The integer threshold of <see cref="Below"/> for probability <paramref name="p"/>: 0 when p is not above 0 (or NaN), 2⁵³ from 1 up.</summary>
    public static ulong Threshold(double p)
    {
        const double scale = 1UL << 53;
        if (!(p > 0)) return 0;
        return p >= 1 ? 1UL << 53 : (ulong)Math.Ceiling(p * scale);
    }
}
