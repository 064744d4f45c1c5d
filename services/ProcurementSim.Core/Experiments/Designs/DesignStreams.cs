using ProcurementSim.Core.Randomness;

namespace ProcurementSim.Core.Experiments.Designs;

/// <summary>The random streams of the sampling, apart from every actor's streams (a name no actor can have).</summary>
internal static class DesignStreams
{
    private static readonly ulong Actor = StableHash.Of("<experiment-design>");

    /// <summary>Largest double below 1, so a stratum's upper edge never becomes 1 by rounding.</summary>
    public const double BelowOne = 1 - (1.0 / (1UL << 53));

    /// <summary>
    /// A uniform draw in [0, 1) for a sample, a purpose, a step (0, or a Latin hypercube's shuffle step) and an input,
    /// the input keyed by its name (<see cref="Key"/>), never its position in the file's list.
    /// </summary>
    public static double Uniform(ulong seed, int sample, ulong purpose, int step, ulong input) =>
        new RandomStream(seed, sample, Actor).Uniform(purpose, step, input);

    /// <summary>The draw key of the input named <paramref name="name"/>: the stable hash of the name.</summary>
    public static ulong Key(string name) => StableHash.Of(name);
}
