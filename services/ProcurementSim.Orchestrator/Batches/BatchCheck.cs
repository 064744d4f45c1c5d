using ProcurementSim.Core.Loading;

namespace ProcurementSim.Orchestrator.Batches;

/// <summary>
/// A checked RunBatch request: its plan, or why it cannot be played — the scenario's diagnostics when it does not
/// load, else a sentence and each field's problem. The gRPC service turns a refusal into INVALID_ARGUMENT.
/// </summary>
public sealed record BatchCheck
{
    /// <summary>The plan, when the request can be played.</summary>
    public BatchPlan? Plan { get; init; }

    /// <summary>True when the scenario does not load (see <see cref="ScenarioDiagnostics"/>); nothing else was checked.</summary>
    public bool ScenarioInvalid { get; init; }

    /// <summary>The loader's diagnostics of a scenario that does not load.</summary>
    public IReadOnlyList<Diagnostic> ScenarioDiagnostics { get; init; } = [];

    /// <summary>How many problems the scenario has (the diagnostics list the first hundred).</summary>
    public int ScenarioProblemCount { get; init; }

    /// <summary>The sentence that refuses the request for its fields (the first problem, and how many more), or empty.</summary>
    public string Refusal { get; init; } = string.Empty;

    /// <summary>Every problem with a field, in the order found.</summary>
    public IReadOnlyList<(string Field, string Description)> Problems { get; init; } = [];
}
