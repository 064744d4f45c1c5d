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
}
