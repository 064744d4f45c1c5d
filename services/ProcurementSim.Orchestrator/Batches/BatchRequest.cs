using ProcurementSim.Core.Experiments;

namespace ProcurementSim.Orchestrator.Batches;

/// <summary>A RunBatch request as the gRPC service hands it over, unchecked (<see cref="BatchRequestChecks"/>).</summary>
/// <param name="ScenarioYaml">The scenario file's text.</param>
/// <param name="ScenarioFile">The name diagnostics give the file.</param>
/// <param name="Design">
/// The design. A number the wire gave that names no design arrives as that number (an undefined value), so that the
/// check can name it.
/// </param>
/// <param name="Samples">Samples of the inputs.</param>
/// <param name="Replications">Seeded replications of each sample.</param>
/// <param name="Seed">The seed, or null for the scenario's.</param>
/// <param name="Strategies">The strategies to play, or empty for all of the scenario's.</param>
/// <param name="IncludeLevers">Sample the strategies' levers too.</param>
/// <param name="RecordCapability">Keep each run's weekly mission capability.</param>
/// <param name="MaxInFlight">Runs played at once.</param>
/// <param name="FirstState">The first state to play.</param>
/// <param name="LeverNames">The levers the candidates set, or empty.</param>
/// <param name="Candidates">Candidate settings of the levers (a value per lever name) to play instead of the strategies as written, or empty.</param>
public sealed record BatchRequest(
    string ScenarioYaml, string ScenarioFile, ExperimentDesign Design, int Samples, int Replications, ulong? Seed, IReadOnlyList<string> Strategies,
    bool IncludeLevers, bool RecordCapability, int MaxInFlight, int FirstState, IReadOnlyList<string> LeverNames, IReadOnlyList<IReadOnlyList<double>> Candidates);
