using System.CommandLine;
using System.CommandLine.Parsing;
using ProcurementSim.Cli.Experiments;
using ProcurementSim.Core.Experiments;

namespace ProcurementSim.Cli.Commands;

/// <summary>
/// <c>procsim sweep FILE --design lhs|mc|factorial|sobol --samples N [--replications R] [--strategies ...] [--seed S]
/// [--fail CONDITION] [--parquet] [--out DIR] [--remote URL]</c>: an experiment design over the uncertainties and levers,
/// with scenario discovery.
/// </summary>
internal static class SweepCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = CommonSymbols.ScenarioFile();
        var design = new Option<ExperimentDesign>("--design")
        {
            Description = "lhs (Latin hypercube), mc (Monte Carlo), factorial (every combination of levels) or sobol (Saltelli's sampling for Sobol indices: --samples N base rows give N × (inputs + 2) samples). Default: lhs.",
            HelpName = "lhs|mc|factorial|sobol",
            DefaultValueFactory = _ => ExperimentDesign.LatinHypercube,
            CustomParser = ParseDesign,
        };
        var samples = ExperimentSymbols.Count("--samples", "Samples of the uncertainties and levers (factorial: levels of each continuous input; sobol: base rows N). Default: 100.", 100, 10_000_000);
        var replications = ExperimentSymbols.Count("--replications", "Seeded replications of each sample. Default: 1.", 1, 10_000);
        var strategies = ExperimentSymbols.Strategies();
        var seed = CommonSymbols.Seed();
        var fail = new Option<string?>("--fail")
        {
            Description = "A condition for scenario discovery, such as \"capability_gap_weeks > 8\": PRIM finds the input ranges where each strategy meets it.",
            HelpName = "CONDITION",
        };
        var satisfice = ExperimentSymbols.Satisfice();
        var parquet = new Option<bool>("--parquet") { Description = "Also write runs.parquet (typed columns, row groups of 65,536 runs)." };
        var parallel = ExperimentSymbols.Parallel();
        var output = ExperimentSymbols.Output("sweep");
        var shard = ExperimentSymbols.Shard();
        var remote = new RemoteSymbols();
        var command = new Command("sweep", "Run an experiment design over the scenario's uncertainties and levers; find where each strategy fails (PRIM) and which inputs matter.")
        {
            file, design, samples, replications, strategies, seed, fail, satisfice, parquet, parallel, output, shard,
        };
        foreach (var option in remote.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => ExperimentAction.Run(parseResult, new ExperimentOptions(
            "sweep", parseResult.GetRequiredValue(file), parseResult.GetValue(design), parseResult.GetValue(samples), parseResult.GetValue(replications),
            StrategySelection.NamesOf(parseResult.GetValue(strategies)), parseResult.GetValue(seed), ExperimentSymbols.ParallelOrDefault(parseResult.GetValue(parallel), parseResult.GetValue(remote.Url)), parseResult.GetValue(output),
            parseResult.GetValue(satisfice) ?? [], parseResult.GetValue(fail), parseResult.GetValue(parquet), parseResult.GetValue(shard)), remote.Target(parseResult, environment), environment));
        return command;
    }

    private static ExperimentDesign ParseDesign(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (ExperimentDesignNames.TryParse(text, out var design))
        {
            return design;
        }

        result.AddError($"--design expects {ExperimentDesignNames.Listed}; '{text}' is not one.");
        return ExperimentDesign.LatinHypercube;
    }
}
