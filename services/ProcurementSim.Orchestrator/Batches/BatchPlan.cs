using ProcurementSim.Core.Experiments;

namespace ProcurementSim.Orchestrator.Batches;

/// <summary>A checked RunBatch request: the experiment's plan (built by the Core, as procsim builds it) and how to play it.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="ScenarioYaml">The scenario's text as written (sent to the actor services with each run's overrides).</param>
/// <param name="ScenarioFile">The file's name.</param>
/// <param name="MaxInFlight">Runs played at once.</param>
/// <param name="FirstState">The first state to play.</param>
/// <param name="Candidates">The candidate settings played in each state instead of the strategies as written, or null.</param>
public sealed record BatchPlan(ExperimentPlan Plan, string ScenarioYaml, string ScenarioFile, int MaxInFlight, int FirstState, CandidateBatch? Candidates = null)
{
    /// <summary>Runs of each state: one per candidate, else one per strategy.</summary>
    public int RunsPerState => Candidates?.Count ?? Plan.Strategies.Count;
}
