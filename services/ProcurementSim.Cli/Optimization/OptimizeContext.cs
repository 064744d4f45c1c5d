using ProcurementSim.Analysis.LeverSearch;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Experiments.Conditions;
using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Cli.Optimization;

/// <summary>A lever search ready to run: the strategy and its levers, the objectives, and the two sets of states.</summary>
/// <param name="Options">As parsed.</param>
/// <param name="Strategy">The strategy as written.</param>
/// <param name="Experiment">The scenario's uncertainties and levers.</param>
/// <param name="Levers">The strategy's levers as genes, in file order.</param>
/// <param name="Objectives">The objectives.</param>
/// <param name="Satisficing">The satisficing criteria.</param>
/// <param name="InSample">The states every candidate is judged on (seed: the search's).</param>
/// <param name="OutOfSample">The fresh states the front is re-evaluated on (seed: <see cref="OptimizeSetup.OutOfSampleSeed"/>).</param>
internal sealed record OptimizeContext(
    OptimizeOptions Options,
    StrategySpec Strategy,
    ExperimentSpec Experiment,
    IReadOnlyList<SearchLever> Levers,
    IReadOnlyList<RobustObjective> Objectives,
    IReadOnlyList<Condition> Satisficing,
    ExperimentPlan InSample,
    ExperimentPlan OutOfSample)
{
    /// <summary>The seed of the search and of the in-sample states.</summary>
    public ulong Seed => InSample.Request.Seed;
}
