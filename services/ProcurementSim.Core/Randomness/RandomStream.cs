namespace ProcurementSim.Core.Randomness;

/// <summary>
/// A counter-based random stream: every draw is a pure function of (seed, run, actor, purpose, tick, draw),
/// so a value never depends on which process made it or in what order actors ran.
/// </summary>
/// <param name="Seed">The run's seed.</param>
/// <param name="Run">Index of the run within a batch.</param>
/// <param name="Actor">Stable hash of the actor's name.</param>
public readonly record struct RandomStream(ulong Seed, int Run, ulong Actor)
{
    /// <summary>A stream for the named actor.</summary>
    public static RandomStream For(ulong seed, int run, string actor) => new(seed, run, StableHash.Of(actor));

    /// <summary>A uniform draw in [0, 1) for a purpose (a <see cref="StableHash.Of"/> key), a tick and a draw index.</summary>
    public double Uniform(ulong purpose, int tick, int draw = 0)
    {
        var h = StableHash.Mix(Seed);
        h = StableHash.Mix(h ^ (ulong)(uint)Run);
        h = StableHash.Mix(h ^ Actor);
        h = StableHash.Mix(h ^ purpose);
        h = StableHash.Mix(h ^ (ulong)(uint)tick);
        h = StableHash.Mix(h ^ (ulong)(uint)draw);
        return (h >> 11) * (1.0 / (1UL << 53));
    }

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p, ulong purpose, int tick, int draw = 0) => p > 0 && Uniform(purpose, tick, draw) < p;
}
