using ProcurementSim.Analysis.LeverSearch;
using ProcurementSim.Analysis.Rows;

namespace ProcurementSim.Cli.Optimization;

/// <summary>A finished search: its summary and, when the front was re-evaluated, the fresh states' runs of the strategies as written ([state]) and of the front ([point][state]).</summary>
internal sealed record SearchOutcome(OptimizeSummary Summary, StateRow[]? References, RunRow[][]? FrontRows);
