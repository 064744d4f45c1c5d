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
        var regret = new RegretAccumulator(scores.Count);
        var states = scores.Count == 0 ? 0 : scores[0].Count;
        for (var s = 0; s < states; s++) regret.Add(k => scores[k][s]);
        return regret.Measures();
    }
}
