using System.Globalization;
using ProcurementSim.Analysis;
using ProcurementSim.Analysis.Summary;
using ProcurementSim.Cli.Scenarios;
using ProcurementSim.Core.Experiments;
using ProcurementSim.Core.Experiments.Conditions;
using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Cli.Experiments;

/// <summary>Turns the options into a plan and the analysis options, refusing bad input with a sentence.</summary>
internal static class ExperimentSetup
{
    /// <summary>Without criteria in the file or on the command line, a state is acceptable when no week falls below the scenario's capability threshold.</summary>
    public const string DefaultSatisficing = AnalysisOptions.DefaultSatisficing;

    /// <summary>The plan and analysis options, or null after writing the scenario's diagnostics.</summary>
    /// <exception cref="UserInputException">An option cannot be used with this scenario.</exception>
    public static (ExperimentPlan Plan, AnalysisOptions Analysis)? Create(ExperimentOptions options, TextWriter error) =>
        ScenarioInput.LoadValid(options.File, error) is { } loaded ? Create(options, loaded) : null;

    /// <summary>The plan and analysis options from a scenario already loaded and valid.</summary>
    /// <exception cref="UserInputException">An option cannot be used with this scenario.</exception>
    public static (ExperimentPlan Plan, AnalysisOptions Analysis) Create(ExperimentOptions options, LoadResult loaded)
    {
        var scenario = loaded.Scenario!;
        var strategies = ResolveStrategies(options.File, scenario, options.Strategies);
        var request = new ExperimentRequest(options.Design, options.Samples, options.Replications, options.Seed ?? scenario.Seed,
            strategies, IncludeLevers: options.IsSweep, RecordCapability: !options.IsSweep);
        if (!ExperimentPlan.TryCreate(scenario, loaded.Experiment, request, out var plan, out var why))
        {
            throw new UserInputException($"{CliApp.Name} {options.Command}: {why}.");
        }

        var satisficing = options.Satisfice.Count > 0
            ? [.. options.Satisfice.Select(text => ParseCondition("--satisfice", text))]
            : loaded.Experiment.Satisficing.Count > 0 ? loaded.Experiment.Satisficing : [Condition.Parse(DefaultSatisficing)];
        var fail = options.Fail is null ? null : ParseCondition("--fail", options.Fail);
        return (plan!, new AnalysisOptions(satisficing, fail, Discovery: options.IsSweep, Sobol: SobolOf(options, plan!, fail is not null)));
    }

    // The Sobol indices keep one value per sample, strategy and outcome; refused before any run when that is too many.
    private static SobolOptions? SobolOf(ExperimentOptions options, ExperimentPlan plan, bool fail)
    {
        if (plan.Sobol is not { } layout) return null;
        var sobol = new SobolOptions(layout, plan.Request.Replications, plan.Request.Seed);
        var values = sobol.Values(plan.Strategies.Count, fail);
        return values <= SobolOptions.MaxValues ? sobol : throw new UserInputException(string.Create(CultureInfo.InvariantCulture,
            $"{CliApp.Name} {options.Command}: the Sobol indices keep every sample's outcomes: {layout.Samples:N0} samples × {plan.Strategies.Count} strategies × {values / layout.Samples / plan.Strategies.Count} outcomes is {values:N0} numbers, more than the {SobolOptions.MaxValues:N0} allowed; use a smaller --samples or fewer --strategies."));
    }

    /// <summary>The header of the experiment's outputs.</summary>
    public static ExperimentHeader Header(ExperimentOptions options, ExperimentPlan plan, AnalysisOptions analysis, bool complete) =>
        ExperimentHeader.For(options.Command, plan, analysis, complete);

    private static List<string> ResolveStrategies(string file, Scenario scenario, IReadOnlyList<string>? names)
    {
        if (scenario.Strategies.Count == 0) throw new UserInputException($"{file}: the scenario defines no strategy to play.");
        if (names is null) return [.. scenario.Strategies.Select(s => s.Name)];
        var chosen = new List<string>();
        foreach (var name in names)
        {
            var spec = StrategyChoice.Resolve(file, scenario, name);
            if (chosen.Contains(spec.Name)) throw new UserInputException($"--strategies names '{spec.Name}' twice.");
            chosen.Add(spec.Name);
        }
        return chosen;
    }

    private static Condition ParseCondition(string option, string text) =>
        Condition.TryParse(text, out var condition, out var error, out var column)
            ? condition!
            : throw new UserInputException(string.Create(CultureInfo.InvariantCulture, $"{option} \"{text}\": column {column}: expected {error}."));
}
