using System.CommandLine;
using ProcurementSim.Cli.Experiments;
using ProcurementSim.Cli.Optimization;
using ProcurementSim.Cli.Output;

namespace ProcurementSim.Cli.Commands;

/// <summary>
/// <c>procsim merge DIR... [--out DIR]</c>: combines the shards of one compare or sweep (each played with
/// <c>--shard I/N</c>), or the island shards of one optimize, into the files the unsharded command writes, byte for byte.
/// </summary>
internal static class MergeCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var shards = new Argument<string[]>("DIR")
        {
            Description = "The directories the shards wrote (each holds shard.json, and states.bin for compare and sweep), every shard of one experiment, in any order.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Directory for compare.json, sweep.json or optimize.json, runs.csv (runs.parquet when the shards were played with --parquet) and report.html. Default: the unsharded command's.",
            HelpName = "DIR",
        };
        var command = new Command("merge", "Combine the shards of a compare, sweep or optimize (played with --shard I/N, e.g. on several machines) into its files, the same bytes as the whole command's.")
        {
            shards, output,
        };
        command.SetAction(parseResult =>
        {
            var config = parseResult.InvocationConfiguration;
            var directories = parseResult.GetRequiredValue(shards);
            var console = ConsoleFactory.Create(config.Output, environment);
            // The first shard says which command's shards these are; a shard of another command is refused by its reader.
            return IslandShard.IsOne(directories[0])
                ? IslandMerge.Execute(directories, parseResult.GetValue(output), console, config.Error)
                : ShardMerge.Execute(directories, parseResult.GetValue(output), console, config.Error);
        });
        return command;
    }
}
