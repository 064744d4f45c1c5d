using ProcurementSim.Orchestrator.Domain;

namespace ProcurementSim.Orchestrator.Runs;

/// <summary>A run as a listing shows it.</summary>
/// <param name="RunId">The run id.</param>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Strategy">The strategy's name.</param>
/// <param name="Seed">The seed.</param>
/// <param name="State">Where it stands.</param>
/// <param name="TicksDone">Ticks recorded so far.</param>
/// <param name="Ticks">The scenario's tick count.</param>
/// <param name="Score">The score once completed, else 0.</param>
/// <param name="Error">Why it failed, or empty.</param>
/// <param name="Recoveries">Replays from tick 0 after a fault of the system under the run.</param>
/// <param name="CreatedAt">When StartRun accepted it (UTC).</param>
/// <param name="EndedAt">When it completed, failed or was cancelled (UTC); null while in play.</param>
public sealed record RunStatus(
    string RunId, string Scenario, string Strategy, ulong Seed, RunState State, int TicksDone, int Ticks, double Score, string Error, int Recoveries,
    DateTimeOffset CreatedAt = default, DateTimeOffset? EndedAt = null);
