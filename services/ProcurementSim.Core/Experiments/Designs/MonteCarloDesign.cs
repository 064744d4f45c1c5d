using ProcurementSim.Core.Experiments.Distributions;
using ProcurementSim.Core.Randomness;

namespace ProcurementSim.Core.Experiments.Designs;

/// <summary>Independent draws: input j of sample i is the quantile at a uniform keyed by (seed, i, j).</summary>
internal sealed class MonteCarloDesign(IReadOnlyList<Distribution> inputs, ulong seed, int samples) : ISampleDesign
{
    public int Samples => samples;

    public void Fill(int sample, Span<double> values)
    {
        for (var j = 0; j < inputs.Count; j++) values[j] = inputs[j].Quantile(DesignStreams.Uniform(seed, sample, Purposes.Sample, j));
    }
}
