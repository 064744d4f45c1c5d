using ProcurementSim.Analysis.Summary;

namespace ProcurementSim.Analysis.Streaming;

/// <summary>
/// The scatter's points of one strategy kept in bounded memory: the states whose index is a multiple of a stride s,
/// s the smallest power of two that leaves at most <see cref="MaxPoints"/> of them (the stride doubles, and every
/// other point goes, each time the points would exceed it); the means are over every state, summed in plan order.
/// </summary>
internal sealed class ScatterThinning(int cost, int capability)
{
    /// <summary>Most points kept.</summary>
    public const int MaxPoints = 500;

    private readonly List<(double Cost, double Capability)> _points = [];
    private long _stride = 1;
    private double _costSum, _capabilitySum;
    private long _states;

    /// <summary>Adds state <paramref name="state"/> (0-based, in plan order) with its outcome values.</summary>
    public void Add(long state, double[] outcomes)
    {
        _costSum += outcomes[cost];
        _capabilitySum += outcomes[capability];
        _states++;
        if (state % _stride != 0) return;
        if (_points.Count == MaxPoints)
        {
            // Keep every other point: those at multiples of the doubled stride.
            for (var i = 0; i < (MaxPoints + 1) / 2; i++) _points[i] = _points[2 * i];
            _points.RemoveRange((MaxPoints + 1) / 2, MaxPoints - (MaxPoints + 1) / 2);
            _stride *= 2;
            if (state % _stride != 0) return;
        }
        _points.Add((outcomes[cost], outcomes[capability]));
    }

    /// <summary>The series under the name <paramref name="strategy"/>.</summary>
    public ScatterSeries Series(string strategy) => new(
        strategy,
        [.. _points.Select(p => p.Cost)],
        [.. _points.Select(p => p.Capability)],
        _states == 0 ? double.NaN : _costSum / _states,
        _states == 0 ? double.NaN : _capabilitySum / _states);
}
