using ProcurementSim.Core.Metrics;

namespace ProcurementSim.Core.Experiments;

/// <summary>What an experiment keeps of one run: its score, metrics and (when asked) weekly capability.</summary>
/// <param name="Run">Which run.</param>
/// <param name="Score">Composite score.</param>
/// <param name="Metrics">Outcome metrics.</param>
/// <param name="Capability">Weekly mission capability, or empty.</param>
public sealed record RunOutcome(PlannedRun Run, double Score, RunMetrics Metrics, IReadOnlyList<double> Capability);
