using ProcurementSim.Orchestrator.Domain;

namespace ProcurementSim.Orchestrator.Runs;

/// <summary>Where a run stood after a tick (or a move of its state), as its watchers see it.</summary>
/// <param name="Tick">The tick just played; -1 before the first.</param>
/// <param name="Ticks">The scenario's tick count.</param>
/// <param name="State">The run's state.</param>
/// <param name="MissionCapability">The tick's mission capability (0 before the first tick).</param>
/// <param name="CumulativeCost">The cost so far (0 before the first tick).</param>
/// <param name="KeyEvents">The details of the tick's key events, in log order.</param>
/// <param name="Error">Why the run failed, or empty.</param>
public sealed record RunSnapshot(
    int Tick, int Ticks, RunState State, double MissionCapability, double CumulativeCost, IReadOnlyList<string> KeyEvents, string Error);
