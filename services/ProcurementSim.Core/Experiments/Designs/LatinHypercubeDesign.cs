using ProcurementSim.Core.Experiments.Distributions;
using ProcurementSim.Core.Randomness;

namespace ProcurementSim.Core.Experiments.Designs;

/// <summary>
/// Latin hypercube sampling (McKay, Beckman and Conover 1979): each input's unit interval is cut into N equal strata;
/// a seeded permutation per input gives sample i its stratum, and a seeded jitter its place inside it. Every stratum
/// of every input holds exactly one sample.
/// </summary>
internal sealed class LatinHypercubeDesign : ISampleDesign
{
    private readonly IReadOnlyList<Distribution> _inputs;
    private readonly ulong _seed;
    private readonly int[][] _strata;

    public LatinHypercubeDesign(IReadOnlyList<Distribution> inputs, ulong seed, int samples)
    {
        (_inputs, _seed, Samples) = (inputs, seed, samples);
        _strata = new int[inputs.Count][];
        for (var j = 0; j < inputs.Count; j++) _strata[j] = Permutation(seed, j, samples);
    }

    public int Samples { get; }

    public void Fill(int sample, Span<double> values)
    {
        for (var j = 0; j < _inputs.Count; j++)
        {
            var jitter = DesignStreams.Uniform(_seed, sample, Purposes.Sample, j);
            values[j] = _inputs[j].Quantile(Math.Min((_strata[j][sample] + jitter) / Samples, DesignStreams.BelowOne));
        }
    }

    // Fisher–Yates with counter-based draws: the same permutation in any process.
    private static int[] Permutation(ulong seed, int input, int n)
    {
        var p = new int[n];
        for (var i = 0; i < n; i++) p[i] = i;
        for (var i = n - 1; i > 0; i--)
        {
            var k = (int)(DesignStreams.Uniform(seed, 0, Purposes.LatinHypercube, input, i) * (i + 1));
            (p[i], p[k]) = (p[k], p[i]);
        }
        return p;
    }
}
