using System.Globalization;
using ProcurementSim.Analysis.LeverSearch;
using ProcurementSim.Cli.Experiments;
using ProcurementSim.Cli.Scenarios;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Experiments.Conditions;
using ProcurementSim.Core.Loading;

namespace ProcurementSim.Cli.Optimization;

/// <summary>Turns optimize's options into a search, refusing bad input with a sentence.</summary>
internal static class OptimizeSetup
{
    /// <summary>XORed with the seed to give the out-of-sample states' seed ("out-of-s" in ASCII): fresh uncertainties and fresh random streams.</summary>
    public const ulong OutOfSampleSalt = 0x6F75742D6F662D73UL;

    /// <summary>The seed of the re-evaluation's states.</summary>
    public static ulong OutOfSampleSeed(ulong seed) => seed ^ OutOfSampleSalt;

    /// <summary>The golden-ratio increment of SplitMix64: island i's seed is the seed plus i times it (island 0's is the seed).</summary>
    public const ulong IslandIncrement = 0x9E3779B97F4A7C15UL;

    /// <summary>The seed of island <paramref name="island"/>'s search (from 0), wrapping: distinct for distinct islands.</summary>
    public static ulong IslandSeed(ulong seed, int island) => unchecked(seed + ((ulong)island * IslandIncrement));

    /// <summary>The search, or null after writing the scenario's diagnostics.</summary>
    /// <exception cref="UserInputException">An option cannot be used with this scenario.</exception>
    public static OptimizeContext? Create(OptimizeOptions options, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(options);
        var objectives = Objectives(options);
        return ScenarioInput.LoadValid(options.File, error) is { } loaded ? Create(options, objectives, loaded) : null;
    }

    /// <summary>The search of a scenario already loaded (merge: from the text a shard kept).</summary>
    /// <exception cref="UserInputException">An option cannot be used with this scenario.</exception>
    public static OptimizeContext Create(OptimizeOptions options, LoadResult loaded)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loaded);
        return Create(options, Objectives(options), loaded);
    }

    private static IReadOnlyList<RobustObjective> Objectives(OptimizeOptions options) =>
        RobustObjective.TryParseList(options.Objectives, out var objectives, out var why)
            ? objectives
            : throw new UserInputException($"{CliApp.Name} optimize: --objectives \"{options.Objectives}\": {why}.");

    private static OptimizeContext Create(OptimizeOptions options, IReadOnlyList<RobustObjective> objectives, LoadResult loaded)
    {
        var scenario = loaded.Scenario!;
        var strategy = StrategyChoice.Resolve(options.File, scenario, options.Strategy);
        var levers = loaded.Experiment.Levers.Where(l => l.Strategy == strategy.Name).Select(SearchLever.Of).ToList();
        if (levers.Count == 0)
        {
            var with = loaded.Experiment.Levers.Select(l => l.Strategy).Distinct().ToList();
            throw new UserInputException($"{options.File}: strategy '{strategy.Name}' has no levers to search; " + (with.Count == 0
                ? "the scenario's levers: section is empty (docs/SCENARIO-FORMAT.md shows how to add one)."
                : $"the strategies with levers are {string.Join(", ", with)}."));
        }

        var satisficing = options.Satisfice.Count > 0
            ? [.. options.Satisfice.Select(ParseCondition)]
            : loaded.Experiment.Satisficing.Count > 0 ? loaded.Experiment.Satisficing : [Condition.Parse(ExperimentSetup.DefaultSatisficing)];
        var seed = options.Seed ?? scenario.Seed;
        var strategies = scenario.Strategies.Select(s => s.Name).ToList();
        ExperimentPlan Plan(ulong s) => ExperimentPlan.TryCreate(scenario, loaded.Experiment,
            new ExperimentRequest(ExperimentDesign.LatinHypercube, options.States, 1, s, strategies, IncludeLevers: false, RecordCapability: false),
            out var plan, out var problem) ? plan! : throw new UserInputException($"{CliApp.Name} optimize: {problem}.");
        return new OptimizeContext(options, strategy, loaded.Experiment, levers, objectives, satisficing, Plan(seed), Plan(OutOfSampleSeed(seed)));
    }

    private static Condition ParseCondition(string text) =>
        Condition.TryParse(text, out var condition, out var error, out var column)
            ? condition!
            : throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"--satisfice \"{text}\": column {column}: expected {error}."));
}
