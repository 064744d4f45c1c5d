using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ProcurementSim.Analysis.LeverSearch;
using ProcurementSim.Cli.Optimization;
using ProcurementSim.Cli.Output;
using ProcurementSim.Cli.Remote;

namespace ProcurementSim.Cli.Commands;

/// <summary>
/// <c>procsim optimize FILE --strategy NAME [--objectives LIST] [--population N] [--generations N] [--states N]
/// [--seed S] [--satisfice C] [--parallel K] [--out DIR] [--islands K] [--shard I/N] [--remote URL]</c>: a robust search over one strategy's levers (NSGA-II),
/// every candidate judged in the same states, the front re-evaluated in fresh ones.
/// </summary>
internal static class OptimizeCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = CommonSymbols.ScenarioFile();
        var strategy = new Option<string>("--strategy", "-s")
        {
            Description = "The strategy whose levers (the scenario's levers: section) are searched.",
            HelpName = "NAME",
            Required = true,
        };
        var objectives = new Option<string>("--objectives")
        {
            Description = $"Robustness objectives, separated by commas: satisficing_share, max_regret, mean_regret, or STAT:OUTCOME with STAT mean, min, max or p1..p99 and OUTCOME score or a metric (higher is better for score, mission_capability_mean, mission_capability_min and incumbent_trust_final, lower for the others). Default: {RobustObjective.Default}.",
            HelpName = "LIST",
            DefaultValueFactory = _ => RobustObjective.Default,
        };
        var population = Range("--population", "Candidates per generation. Default: 40.", 40, 4, 10_000);
        var generations = Range("--generations", "Generations of offspring after the initial population. Default: 50.", 50, 0, 100_000);
        var states = Range("--states", "States of the world every candidate is played in (the same for all: common random numbers); the front is re-evaluated in as many fresh ones. Default: 100.", 100, 1, 1_000_000);
        var seed = CommonSymbols.Seed();
        var satisfice = ExperimentSymbols.Satisfice();
        var parallel = ExperimentSymbols.Parallel();
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Directory for optimize.json, runs.csv and report.html. Default: results/<scenario>/optimize-<strategy>-seed<seed>.",
            HelpName = "DIR",
        };
        var remote = new RemoteSymbols();
        var islands = Range("--islands", "Independent populations searched in the same states, each with its own seed; the front is the non-dominated union of theirs. Default: 1.", 1, 1, 1_000);
        var shard = ExperimentSymbols.Shard();
        shard.Description = "Search only island I of N (N islands; --islands may be left out or must be N) and write it to shard.json in --out; 'procsim merge' of the N shards writes the files of --islands N.";
        var command = new Command("optimize", "Search a strategy's levers for settings that hold up across the states of the world (NSGA-II on robustness objectives); re-evaluate the Pareto-efficient ones in fresh states.")
        {
            file, strategy, objectives, population, generations, states, seed, satisfice, parallel, output, islands, shard,
        };
        foreach (var option in remote.All) command.Options.Add(option);
        command.SetAction(parseResult =>
        {
            var split = parseResult.GetValue(shard);
            var count = parseResult.GetValue(islands);
            if (split is not null && count != 1 && count != split.Count)
            {
                throw new UserInputException(string.Create(CultureInfo.InvariantCulture,
                    $"{CliApp.Name} optimize: --islands {count} and --shard {split} disagree: a search of N islands is split into N shards of one island each; give --shard I/{count}, or leave --islands out."));
            }
            var options = new OptimizeOptions(parseResult.GetRequiredValue(file), parseResult.GetRequiredValue(strategy), parseResult.GetRequiredValue(objectives),
                parseResult.GetValue(population), parseResult.GetValue(generations), parseResult.GetValue(states), parseResult.GetValue(seed),
                ExperimentSymbols.ParallelOrDefault(parseResult.GetValue(parallel), parseResult.GetValue(remote.Url)), parseResult.GetValue(output), parseResult.GetValue(satisfice) ?? [],
                split?.Count ?? count, split);
            return Run(parseResult, options, remote.Target(parseResult, environment), environment);
        });
        return command;
    }

    private static int Run(ParseResult parseResult, OptimizeOptions options, RemoteTarget? remote, CliEnvironment environment)
    {
        var config = parseResult.InvocationConfiguration;
        // As compare and sweep: the first signal stops the search and keeps what is done; a second ends the process.
        using var stop = new StopSignal(config.Error,
            $"{CliApp.Name} optimize: stopping; writing the front of the last complete generation (press Ctrl-C again to quit at once).");
        // --remote: the orchestrator plays the runs (RunBatch, with the candidates' lever values); the search stays here.
        IStatePlayer player = remote is null ? new EmbeddedStatePlayer(options.Parallel) : new RemoteStatePlayer(remote, options.File, options.Parallel);
        var session = new OptimizeSession(ProgressDisplays.ForRuns(config.Error, environment), player);
        return session.Execute(options, ConsoleFactory.Create(config.Output, environment), config.Error, stop.Token);
    }

    private static Option<int> Range(string name, string description, int defaultValue, int min, int max) => new(name)
    {
        Description = description,
        HelpName = "N",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : string.Empty;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
            r.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} expects a whole number from {min} to {max:N0}; '{text}' is not one."));
            return defaultValue;
        },
    };
}
