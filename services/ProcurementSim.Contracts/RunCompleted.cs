namespace ProcurementSim.Contracts;

/// <summary>A run finished (or failed, or was cancelled): actor services release its state.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Strategy">Strategy name.</param>
/// <param name="Seed">Seed.</param>
/// <param name="State">completed, failed or cancelled.</param>
/// <param name="Score">Composite score when completed, else 0.</param>
public sealed record RunCompleted(string RunId, string Scenario, string Strategy, ulong Seed, string State, double Score);
