namespace ProcurementSim.Analysis.Robustness;

/// <summary>
/// Savage's regret, state by state: in each state of the world the best score among the strategies, minus the
/// strategy's own. Because every strategy plays the same states (common random numbers), the comparison is paired.
/// </summary>
internal static class Regret
{
    /// <summary>The measures of every strategy; <paramref name="scores"/>[strategy][state]. NaN when there are no states.</summary>
    public static RegretMeasures[] Of(IReadOnlyList<IReadOnlyList<double>> scores)
    {
        var strategies = scores.Count;
        var states = strategies == 0 ? 0 : scores[0].Count;
        var max = new double[strategies];
        var sum = new double[strategies];
        var wins = new double[strategies];
        for (var s = 0; s < states; s++)
        {
            var best = double.NegativeInfinity;
            var ties = 0;
            for (var k = 0; k < strategies; k++)
            {
                var score = scores[k][s];
                if (score > best) (best, ties) = (score, 1);
                else if (score == best) ties++;
            }

            for (var k = 0; k < strategies; k++)
            {
                var regret = best - scores[k][s];
                max[k] = Math.Max(max[k], regret);
                sum[k] += regret;
                // Exact equality: equal outcomes give bit-identical scores, since the score is a pure function of them.
                if (regret == 0) wins[k] += 1.0 / ties;
            }
        }

        return [.. Enumerable.Range(0, strategies).Select(k => states == 0
            ? new RegretMeasures(double.NaN, double.NaN, double.NaN)
            : new RegretMeasures(max[k], sum[k] / states, wins[k] / states))];
    }
}
