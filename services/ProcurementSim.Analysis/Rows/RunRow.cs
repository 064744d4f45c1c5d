using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Metrics;

namespace ProcurementSim.Analysis.Rows;

/// <summary>One run of a state: its outcome values in <see cref="Names"/> order (NaN where a metric does not apply) and its weekly capability (empty unless kept).</summary>
/// <param name="Outcomes">Score, then every metric in <see cref="MetricNames.All"/> order.</param>
/// <param name="Capability">Weekly mission capability, or empty.</param>
public sealed record RunRow(double[] Outcomes, double[] Capability)
{
    /// <summary>The outcome names: <c>score</c>, then every metric in <see cref="MetricNames.All"/> order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["score", .. MetricNames.All];

    /// <summary>The composite score.</summary>
    public double Score => Outcomes[0];

    /// <summary>The row of a played run: a metric that does not apply to it (no transition, unpriced shortfall) is NaN.</summary>
    public static RunRow From(RunOutcome run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var outcomes = new double[Names.Count];
        outcomes[0] = run.Score;
        for (var m = 0; m < MetricNames.All.Count; m++) outcomes[m + 1] = run.Metrics.Get(MetricNames.All[m]);
        return new RunRow(outcomes, [.. run.Capability]);
    }
}
