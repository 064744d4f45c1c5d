using ProcurementSim.Core.Experiments.Distributions;
using ProcurementSim.Core.Randomness;

namespace ProcurementSim.Core.Experiments.Designs;

/// <summary>Independent draws: input j of sample i is the quantile at a uniform keyed by (seed, i, the name of input j).</summary>
/// <param name="inputs">The inputs' distributions.</param>
/// <param name="keys">The inputs' draw keys (<see cref="DesignStreams.Key"/> of each name), in the same order.</param>
/// <param name="seed">The experiment's seed.</param>
/// <param name="samples">How many samples.</param>
internal sealed class MonteCarloDesign(IReadOnlyList<Distribution> inputs, IReadOnlyList<ulong> keys, ulong seed, int samples) : ISampleDesign
{
    public int Samples => samples;

    public void Fill(int sample, Span<double> values)
    {
        for (var j = 0; j < inputs.Count; j++) values[j] = inputs[j].Quantile(DesignStreams.Uniform(seed, sample, Purposes.Sample, 0, keys[j]));
    }
}
