namespace ProcurementSim.Core.Randomness;

/// <summary>
/// A counter-based random stream: every draw is a pure function of (seed, run, actor, purpose, tick, draw),
/// so a value never depends on which process made it or in what order actors ran.
/// </summary>
/// <remarks>
/// The draw key is a 64-bit value. Where a draw concerns a named thing (a vendor, a category, an inject), the key is
/// <see cref="StableHash.Of"/> of the name (see <see cref="DrawKeys"/>), never the thing's position in a list, so
/// listing a scenario's categories, vendors or injects in another order changes no draw. A small counter (a
/// solicitation's number, a design's input) is used as it is: a non-negative int <c>n</c> gives the key <c>(ulong)n</c>.
/// Make a stream with <see cref="For"/> or the constructor: <c>default(RandomStream)</c> is not the stream of seed 0.
/// </remarks>
/// <param name="Seed">The run's seed.</param>
/// <param name="Run">Index of the run within a batch.</param>
/// <param name="Actor">Stable hash of the actor's name.</param>
public readonly record struct RandomStream(ulong Seed, int Run, ulong Actor)
{
    // The first three rounds of every draw depend on the stream alone: mixed once here, not on every draw (same bits).
    private readonly ulong _stream = StableHash.Mix(StableHash.Mix(StableHash.Mix(Seed) ^ (ulong)(uint)Run) ^ Actor);

    /// <summary>The run's seed.</summary>
    public ulong Seed { get; } = Seed;

    /// <summary>Index of the run within a batch.</summary>
    public int Run { get; } = Run;

    /// <summary>Stable hash of the actor's name.</summary>
    public ulong Actor { get; } = Actor;

    /// <summary>A stream for the named actor.</summary>
    public static RandomStream For(ulong seed, int run, string actor) => new(seed, run, StableHash.Of(actor));

    /// <summary>A uniform draw in [0, 1) for a purpose (a <see cref="StableHash.Of"/> key), a tick and a draw key.</summary>
    public double Uniform(ulong purpose, int tick, ulong draw = 0) => At(purpose, tick).Uniform(draw);

    /// <summary>The draws for a purpose at a tick (<see cref="TickDraws"/>): the same values, mixed once for several draw keys.</summary>
    public TickDraws At(ulong purpose, int tick) => new(StableHash.Mix(StableHash.Mix(_stream ^ purpose) ^ (ulong)(uint)tick));

    /// <summary>A uniform draw keyed by a counter: the same as the draw key <c>(ulong)draw</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="draw"/> is negative.</exception>
    public double Uniform(ulong purpose, int tick, int draw)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(draw);
        return Uniform(purpose, tick, (ulong)draw);
    }

    /// <summary>True with probability <paramref name="p"/>: <c>p &gt; 0</c> and the draw is below <paramref name="p"/>.</summary>
    public bool Chance(double p, ulong purpose, int tick, ulong draw = 0) => p > 0 && Uniform(purpose, tick, draw) < p;

    /// <summary>True with probability <paramref name="p"/>, the draw keyed by a counter (<c>(ulong)draw</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="draw"/> is negative.</exception>
    public bool Chance(double p, ulong purpose, int tick, int draw)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(draw);
        return Chance(p, purpose, tick, (ulong)draw);
    }
}
