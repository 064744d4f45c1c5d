namespace ProcurementSim.Analysis.LeverSearch;

/// <summary>What a lever search was asked for and how far it got.</summary>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Strategy">The strategy whose levers were searched.</param>
/// <param name="Seed">The seed: of the search, and of the in-sample states.</param>
/// <param name="OutOfSampleSeed">The seed of the fresh states the front is re-evaluated on.</param>
/// <param name="Population">Candidates per generation.</param>
/// <param name="Generations">Generations of offspring asked for.</param>
/// <param name="GenerationsCompleted">Generations of offspring completed.</param>
/// <param name="States">In-sample states every candidate is played in.</param>
/// <param name="OutOfSampleStates">Fresh states of the re-evaluation (0 when it did not run).</param>
/// <param name="Settings">The operators' parameters.</param>
/// <param name="Satisficing">The satisficing criteria.</param>
/// <param name="ReferenceStrategies">The strategies as written that regret is measured against, in ordinal name order.</param>
/// <param name="Complete">False when stopped early (Ctrl-C).</param>
/// <param name="Islands">Independent populations searched (each with its own seed, all in the same states); 1 for one search.</param>
public sealed record OptimizeHeader(
    string Scenario,
    string Strategy,
    ulong Seed,
    ulong OutOfSampleSeed,
    int Population,
    int Generations,
    int GenerationsCompleted,
    int States,
    int OutOfSampleStates,
    Optimization.Nsga2Settings Settings,
    IReadOnlyList<string> Satisficing,
    IReadOnlyList<string> ReferenceStrategies,
    bool Complete,
    int Islands = 1);
