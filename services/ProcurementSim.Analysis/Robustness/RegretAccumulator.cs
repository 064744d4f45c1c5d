namespace ProcurementSim.Analysis.Robustness;

/// <summary>
/// Savage's regret accumulated state by state, in the order the states come: the best score in the state minus each
/// strategy's own, its maximum and sum, and the share of states each strategy wins (a tie of k strategies gives each 1/k).
/// </summary>
internal sealed class RegretAccumulator(int strategies)
{
    private readonly double[] _max = new double[strategies];
    private readonly double[] _sum = new double[strategies];
    private readonly double[] _wins = new double[strategies];
    private long _states;

    /// <summary>Adds one state: <paramref name="score"/>(k) is strategy k's score in it.</summary>
    public void Add(Func<int, double> score)
    {
        var best = double.NegativeInfinity;
        var ties = 0;
        for (var k = 0; k < _max.Length; k++)
        {
            var value = score(k);
            if (value > best) (best, ties) = (value, 1);
            else if (value == best) ties++;
        }

        for (var k = 0; k < _max.Length; k++)
        {
            var regret = best - score(k);
            _max[k] = Math.Max(_max[k], regret);
            _sum[k] += regret;
            // Exact equality: equal outcomes give bit-identical scores, since the score is a pure function of them.
            if (regret == 0) _wins[k] += 1.0 / ties;
        }
        _states++;
    }

    /// <summary>The measures of every strategy; NaN when no state was added.</summary>
    public RegretMeasures[] Measures() =>
        [.. Enumerable.Range(0, _max.Length).Select(k => _states == 0
            ? new RegretMeasures(double.NaN, double.NaN, double.NaN)
            : new RegretMeasures(_max[k], _sum[k] / _states, _wins[k] / _states))];
}
