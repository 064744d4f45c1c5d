using ProcurementSim.Core.Events;
using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Scoring;

namespace ProcurementSim.Core.Results;

/// <summary>Everything one run produced.</summary>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Strategy">Strategy name.</param>
/// <param name="Seed">Seed used.</param>
/// <param name="Score">Composite score, 0–100.</param>
/// <param name="Breakdown">How the score was made, one line per metric.</param>
/// <param name="Metrics">Outcome metrics.</param>
/// <param name="Categories">Category names (index order of the arrays in the timeline).</param>
/// <param name="Vendors">Vendor names (index order of the arrays in the timeline).</param>
/// <param name="Timeline">One record per tick, or empty in summary-only mode.</param>
/// <param name="Events">The run's event log, in order.</param>
public sealed record RunResult(
    string Scenario,
    string Strategy,
    ulong Seed,
    double Score,
    IReadOnlyList<ScoreComponent> Breakdown,
    RunMetrics Metrics,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Vendors,
    IReadOnlyList<TickRecord> Timeline,
    IReadOnlyList<SimEvent> Events)
{
    /// <summary>Mission capability per tick when the run was asked for it (<see cref="Engine.RunOptions.RecordCapability"/>); otherwise empty.</summary>
    public IReadOnlyList<double> CapabilitySeries { get; init; } = [];
}
