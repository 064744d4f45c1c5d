using System.CommandLine;
using ProcurementSim.Cli.Experiments;
using ProcurementSim.Core.Experiments;

namespace ProcurementSim.Cli.Commands;

/// <summary>
/// <c>procsim compare FILE [--strategies a,b|all] [--runs N] [--seed S] [--parallel K] [--out DIR] [--remote URL]</c>:
/// plays every strategy over the same N sampled states of the world and compares them.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = CommonSymbols.ScenarioFile();
        var strategies = ExperimentSymbols.Strategies();
        var runs = ExperimentSymbols.Count("--runs", "States of the world to sample (Monte Carlo over the scenario's uncertainties); every strategy plays each. Default: 200.", 200, 10_000_000);
        var seed = CommonSymbols.Seed();
        var parallel = ExperimentSymbols.Parallel();
        var satisfice = ExperimentSymbols.Satisfice();
        var output = ExperimentSymbols.Output("compare");
        var shard = ExperimentSymbols.Shard();
        var remote = new RemoteSymbols();
        var command = new Command("compare", "Play strategies over the same sampled states of the world (common random numbers) and compare them: statistics, ranking, regret, satisficing, Pareto front.")
        {
            file, strategies, runs, seed, parallel, satisfice, output, shard,
        };
        foreach (var option in remote.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => ExperimentAction.Run(parseResult, new ExperimentOptions(
            "compare", parseResult.GetRequiredValue(file), ExperimentDesign.MonteCarlo, parseResult.GetValue(runs), 1,
            StrategySelection.NamesOf(parseResult.GetValue(strategies)), parseResult.GetValue(seed), ExperimentSymbols.ParallelOrDefault(parseResult.GetValue(parallel), parseResult.GetValue(remote.Url)), parseResult.GetValue(output),
            parseResult.GetValue(satisfice) ?? [], Fail: null, Parquet: false, parseResult.GetValue(shard)), remote.Target(parseResult, environment), environment));
        return command;
    }
}
