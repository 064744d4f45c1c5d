using ProcurementSim.Core.Randomness;

namespace ProcurementSim.Core.Experiments.Designs;

/// <summary>The random streams of the sampling, apart from every actor's streams (a name no actor can have).</summary>
internal static class DesignStreams
{
    private static readonly ulong Actor = StableHash.Of("<experiment-design>");

    /// <summary>Largest double below 1, so a stratum's upper edge never becomes 1 by rounding.</summary>
    public const double BelowOne = 1 - (1.0 / (1UL << 53));

    /// <summary>A uniform draw in [0, 1) for a sample, an input and a purpose.</summary>
    public static double Uniform(ulong seed, int sample, ulong purpose, int input, int draw = 0) =>
        new RandomStream(seed, sample, Actor).Uniform(purpose, input, draw);
}
