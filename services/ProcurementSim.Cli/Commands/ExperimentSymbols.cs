using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ProcurementSim.Cli.Experiments;

namespace ProcurementSim.Cli.Commands;

/// <summary>Options compare and sweep share.</summary>
internal static class ExperimentSymbols
{
    /// <summary>--strategies a,b|all: the strategies to play (absent or 'all': every strategy of the scenario).</summary>
    public static Option<StrategySelection?> Strategies() => new("--strategies")
    {
        Description = "Strategies to play, by name, separated by commas, or 'all'. Default: all of the scenario's.",
        HelpName = "a,b|all",
        CustomParser = ParseStrategies,
    };

    /// <summary>Runs in flight on the services when --parallel is not given: the actor calls of one run mostly wait on the network.</summary>
    public const int RemoteInFlight = 8;

    public static Option<int?> Parallel() => new("--parallel", "-j")
    {
        Description = $"Runs played at once: threads in this process (default: the number of cores), or runs in flight with --remote (default {RemoteInFlight}). The results do not depend on it.",
        HelpName = "K",
        CustomParser = r => Positive(r, "--parallel", 1024),
    };

    /// <summary>The degree of parallelism asked for, or the default of the mode.</summary>
    public static int ParallelOrDefault(int? parallel, Uri? remote) => parallel ?? (remote is null ? Environment.ProcessorCount : RemoteInFlight);

    public static Option<string[]> Satisfice() => new("--satisfice")
    {
        Description = "A satisficing criterion such as \"mission_capability_mean >= 0.8\" (repeat for several; all must hold). Default: the scenario's robustness.satisficing, else \"capability_gap_weeks == 0\".",
        HelpName = "CONDITION",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string?> Output(string command) => new("--out", "-o")
    {
        Description = $"Directory for {command}.json, runs.csv and report.html. Default: results/<scenario>/{command}-...",
        HelpName = "DIR",
    };

    public static Option<int> Count(string name, string description, int defaultValue, int max) => new(name)
    {
        Description = description,
        HelpName = "N",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = r => Positive(r, name, max),
    };

    public static Option<ShardSpec?> Shard() => new("--shard")
    {
        Description = "Play only shard I of N of the states (contiguous blocks, 1 ≤ I ≤ N) and write a partial result (shard.json, states.bin) into --out; 'procsim merge' combines the shards into the same files the whole command writes.",
        HelpName = "I/N",
        CustomParser = ParseShard,
    };

    private static ShardSpec? ParseShard(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (ShardSpec.TryParse(text, out var shard, out var error)) return shard;
        result.AddError(error);
        return null;
    }

    private static StrategySelection ParseStrategies(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (text.Trim() == StrategySelection.AllWord) return StrategySelection.All;
        var names = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0) result.AddError("--strategies expects strategy names separated by commas, or 'all'.");
        return new StrategySelection(names);
    }

    private static int Positive(ArgumentResult result, string name, int max)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max) return value;
        result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} expects a whole number from 1 to {max:N0}; '{text}' is not one."));
        return 1;
    }
}
