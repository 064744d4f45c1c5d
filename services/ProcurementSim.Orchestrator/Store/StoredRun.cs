using ProcurementSim.Core.Experiments;
using ProcurementSim.Orchestrator.Domain;

namespace ProcurementSim.Orchestrator.Store;

/// <summary>A run as stored: its inputs, its state and, once completed, its files.</summary>
/// <param name="Id">The run id.</param>
/// <param name="Order">Creation order.</param>
/// <param name="ScenarioYaml">The scenario's text as sent.</param>
/// <param name="ScenarioFile">The scenario file's name.</param>
/// <param name="Strategy">The strategy's name.</param>
/// <param name="Seed">The seed.</param>
/// <param name="RunIndex">The run index (0 for a single run).</param>
/// <param name="Overrides">The sampled inputs (empty for a single run).</param>
/// <param name="State">Where it stands.</param>
/// <param name="Error">Why it failed, or empty.</param>
public sealed record StoredRun(
    string Id, long Order, string ScenarioYaml, string ScenarioFile, string Strategy, ulong Seed, int RunIndex,
    IReadOnlyList<InputValue> Overrides, RunState State, string Error)
{
    /// <summary>The completed run's files, or null.</summary>
    public StoredResult? Result { get; init; }

    /// <summary>When the run was stored (UTC).</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When its state last moved (UTC): its end, once it has ended.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
