namespace ProcurementSim.Core.Experiments;

/// <summary>What an analyst asks for: the design, how many samples and replications, which strategies, the seed.</summary>
/// <param name="Design">How samples are chosen.</param>
/// <param name="Samples">Samples of the inputs; for a factorial design, the levels of each continuous input.</param>
/// <param name="Replications">Seeded replications of each sample (each a state of the world).</param>
/// <param name="Seed">Seed of the sampling and of every run's random streams.</param>
/// <param name="Strategies">Names of the scenario's strategies to play (the plan plays and reports them in ordinal name order).</param>
/// <param name="IncludeLevers">Sample the scenario's levers too (sweep); otherwise the strategies play as written (compare).</param>
/// <param name="RecordCapability">Keep each run's weekly capability (for fan charts).</param>
public sealed record ExperimentRequest(
    ExperimentDesign Design,
    int Samples,
    int Replications,
    ulong Seed,
    IReadOnlyList<string> Strategies,
    bool IncludeLevers,
    bool RecordCapability);
