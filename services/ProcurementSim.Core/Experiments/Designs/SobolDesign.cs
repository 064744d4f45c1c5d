using ProcurementSim.Core.Experiments.Distributions;
using ProcurementSim.Core.Randomness;

namespace ProcurementSim.Core.Experiments.Designs;

/// <summary>
/// Saltelli's sampling (Saltelli 2002; Saltelli et al. 2010) laid out as <see cref="SobolLayout"/> says. Row j of
/// matrix A (step 0) or B (step 1) takes input i at the quantile of the uniform keyed by (seed, j, "sobol", step, the
/// input's name): independent seeded draws, like the Monte Carlo design, so base rows are independent and identically
/// distributed, which the bootstrap of the indices assumes (docs/MODEL.md §13.13 says why not a Sobol sequence).
/// </summary>
/// <param name="inputs">The inputs' distributions.</param>
/// <param name="keys">The inputs' draw keys (<see cref="DesignStreams.Key"/> of each name), in the same order.</param>
/// <param name="seed">The experiment's seed.</param>
/// <param name="layout">The layout (N and k).</param>
internal sealed class SobolDesign(IReadOnlyList<Distribution> inputs, IReadOnlyList<ulong> keys, ulong seed, SobolLayout layout) : ISampleDesign
{
    public int Samples => checked((int)layout.Samples);

    public int StreamSampleOf(int sample) => layout.StreamSampleOf(sample);

    public void Fill(int sample, Span<double> values)
    {
        var (row, block) = (layout.RowOf(sample), layout.BlockOf(sample));
        for (var i = 0; i < inputs.Count; i++)
        {
            var matrix = SobolLayout.FromB(block, i) ? 1 : 0;
            values[i] = inputs[i].Quantile(DesignStreams.Uniform(seed, row, Purposes.Sobol, matrix, keys[i]));
        }
    }
}
