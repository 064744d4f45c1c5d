using ProcurementSim.Core.Experiments.Distributions;
using ProcurementSim.Core.Randomness;

namespace ProcurementSim.Core.Experiments.Designs;

/// <summary>
/// Latin hypercube sampling (McKay, Beckman and Conover 1979): each input's unit interval is cut into N equal strata;
/// a seeded permutation per input gives sample i its stratum, and a seeded jitter its place inside it. Every stratum
/// of every input holds exactly one sample. Both draws are keyed by the input's name (<see cref="DesignStreams.Key"/>).
/// </summary>
internal sealed class LatinHypercubeDesign : ISampleDesign
{
    private readonly IReadOnlyList<Distribution> _inputs;
    private readonly IReadOnlyList<ulong> _keys;
    private readonly ulong _seed;
    private readonly int[][] _strata;

    public LatinHypercubeDesign(IReadOnlyList<Distribution> inputs, IReadOnlyList<ulong> keys, ulong seed, int samples)
    {
        (_inputs, _keys, _seed, Samples) = (inputs, keys, seed, samples);
        _strata = new int[inputs.Count][];
        for (var j = 0; j < inputs.Count; j++) _strata[j] = Permutation(seed, keys[j], samples);
    }

    public int Samples { get; }

    public void Fill(int sample, Span<double> values)
    {
        for (var j = 0; j < _inputs.Count; j++)
        {
            var jitter = DesignStreams.Uniform(_seed, sample, Purposes.Sample, 0, _keys[j]);
            values[j] = _inputs[j].Quantile(Math.Min((_strata[j][sample] + jitter) / Samples, DesignStreams.BelowOne));
        }
    }

    // Fisher–Yates with counter-based draws: the same permutation in any process.
    private static int[] Permutation(ulong seed, ulong input, int n)
    {
        var p = new int[n];
        for (var i = 0; i < n; i++) p[i] = i;
        for (var i = n - 1; i > 0; i--)
        {
            var k = (int)(DesignStreams.Uniform(seed, 0, Purposes.LatinHypercube, i, input) * (i + 1));
            (p[i], p[k]) = (p[k], p[i]);
        }
        return p;
    }
}
