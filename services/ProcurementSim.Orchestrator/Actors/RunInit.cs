using ProcurementSim.Core.Experiments;

namespace ProcurementSim.Orchestrator.Actors;

/// <summary>What a service is told to create a run's actors (InitRun).</summary>
/// <param name="RunId">The run id.</param>
/// <param name="ScenarioYaml">The scenario file's text, as written.</param>
/// <param name="ScenarioFile">The file's name (diagnostics).</param>
/// <param name="Strategy">The strategy's name.</param>
/// <param name="Seed">The seed.</param>
/// <param name="RunIndex">The run's index in its experiment (0 for a single run).</param>
/// <param name="Overrides">The sampled inputs the service applies as the orchestrator did (empty for a single run).</param>
/// <param name="ActorIds">The actors this service hosts for the run.</param>
/// <param name="Peers">Actor id → gRPC address, for every actor of the run.</param>
public sealed record RunInit(
    string RunId, string ScenarioYaml, string ScenarioFile, string Strategy, ulong Seed, int RunIndex, IReadOnlyList<InputValue> Overrides,
    IReadOnlyList<int> ActorIds, IReadOnlyDictionary<int, string> Peers);
