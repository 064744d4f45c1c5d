using ProcurementSim.Analysis.Discovery;
using ProcurementSim.Analysis.Summary;
using ProcurementSim.Core.Metrics;

namespace ProcurementSim.Analysis.Charts;

/// <summary>
/// The runs of the parallel-coordinates plot: of the states the outcome table keeps (every state in plan order while
/// they fit its budget, else its uniform sample in slot order), every k-th, k = ⌈kept / 500⌉, so at most 500 per
/// strategy and the same states for every strategy. An axis with a value that is not finite in those runs (a lever
/// that does not apply, a metric that does not apply) is left out: a parallel-coordinates line needs every value.
/// </summary>
internal static class RunSample
{
    /// <summary>Most runs per strategy.</summary>
    public const int MaxRuns = 500;

    /// <summary>The outcomes shown, after the inputs (then <c>fail</c> when a fail condition is given).</summary>
    public static readonly IReadOnlyList<string> Outcomes =
        ["score", MetricNames.MissionCapabilityMean, MetricNames.TotalCost, MetricNames.CapabilityGapWeeks];

    /// <summary>The kept-state indices shown, in order.</summary>
    public static int[] Picked(int kept)
    {
        var k = Math.Max(1, (kept + MaxRuns - 1) / MaxRuns);
        return [.. Enumerable.Range(0, (kept + k - 1) / k).Select(i => i * k)];
    }

    /// <summary>The sampled runs of strategy <paramref name="strategy"/>; <paramref name="fail"/> per kept state, or null.</summary>
    public static SampledRuns Of(CompleteStates states, int strategy, bool[]? fail)
    {
        var name = states.Strategies[strategy];
        var picked = Picked(states.Count);
        var axes = new List<SampledAxis>();
        for (var j = 0; j < states.Inputs.Count; j++)
        {
            var column = states.Inputs[j];
            if (!DiscoveryInput.Affects(column, name)) continue;
            var input = states.Input(j);
            Add(axes, column.Name, true, [.. picked.Select(s => input[s])], column.Min, column.Max);
        }

        foreach (var outcome in Outcomes)
        {
            var values = states.Outcome(strategy, outcome);
            Add(axes, outcome, false, [.. picked.Select(s => values[s])], double.NaN, double.NaN);
        }

        if (fail is not null) Add(axes, "fail", false, [.. picked.Select(s => fail[s] ? 1.0 : 0.0)], 0, 1);
        return new SampledRuns(name, picked.Length, axes);
    }

    private static void Add(List<SampledAxis> axes, string name, bool isInput, double[] values, double min, double max)
    {
        if (!values.All(double.IsFinite)) return;
        if (!(double.IsFinite(min) && double.IsFinite(max) && max >= min))
        {
            (min, max) = values.Length == 0 ? (0, 1) : (values.Min(), values.Max());
        }

        axes.Add(new SampledAxis(name, isInput, values, min, max));
    }
}
