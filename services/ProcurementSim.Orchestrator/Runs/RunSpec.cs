using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Orchestrator.Runs;

/// <summary>
/// What one distributed run plays. The actor services get the scenario's text as written plus the overrides, and
/// apply them as the orchestrator did (<see cref="RunOverrides"/>): <paramref name="Scenario"/> and
/// <paramref name="Strategy"/> are the results, used here to schedule injects, record and score.
/// </summary>
/// <param name="Id">The run id.</param>
/// <param name="Scenario">The scenario with the run's sampled uncertainties applied (the written one for a single run).</param>
/// <param name="ScenarioYaml">The scenario file's text, as written.</param>
/// <param name="ScenarioFile">The file's name (diagnostics).</param>
/// <param name="Strategy">The strategy with the run's levers applied.</param>
/// <param name="Seed">The seed.</param>
/// <param name="RunIndex">The run's index in its experiment (its state of the world; 0 for a single run): part of every random-stream key.</param>
/// <param name="Overrides">The sampled inputs sent to the services (empty for a single run).</param>
public sealed record RunSpec(
    string Id, Scenario Scenario, string ScenarioYaml, string ScenarioFile, StrategySpec Strategy, ulong Seed, int RunIndex, IReadOnlyList<InputValue> Overrides);
