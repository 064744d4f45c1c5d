using ProcurementSim.Core.Experiments.Distributions;
using ProcurementSim.Core.Randomness;

namespace ProcurementSim.Core.Experiments.Designs;

/// <summary>
/// Latin hypercube sampling (McKay, Beckman and Conover 1979): each input's unit interval is cut into N equal strata;
/// a seeded permutation per input gives sample i its stratum, and a seeded jitter its place inside it. Every stratum
/// of every input holds exactly one sample. Both draws are keyed by the input's name (<see cref="DesignStreams.Key"/>).
/// The permutation is computed for one sample at a time (<see cref="StratumPermutation"/>), so the design holds
/// nothing per sample: memory is the same for ten samples or ten million.
/// </summary>
internal sealed class LatinHypercubeDesign : ISampleDesign
{
    private readonly IReadOnlyList<Distribution> _inputs;
    private readonly IReadOnlyList<ulong> _keys;
    private readonly ulong _seed;
    private readonly StratumPermutation[] _strata;

    public LatinHypercubeDesign(IReadOnlyList<Distribution> inputs, IReadOnlyList<ulong> keys, ulong seed, int samples)
    {
        (_inputs, _keys, _seed, Samples) = (inputs, keys, seed, samples);
        _strata = [.. keys.Select(key => new StratumPermutation(seed, key, samples))];
    }

    public int Samples { get; }

    public void Fill(int sample, Span<double> values)
    {
        for (var j = 0; j < _inputs.Count; j++)
        {
            var jitter = DesignStreams.Uniform(_seed, sample, Purposes.Sample, 0, _keys[j]);
            values[j] = _inputs[j].Quantile(Math.Min((_strata[j].Of(sample) + jitter) / Samples, DesignStreams.BelowOne));
        }
    }
}
