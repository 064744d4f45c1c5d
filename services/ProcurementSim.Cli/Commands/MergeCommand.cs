using System.CommandLine;
using ProcurementSim.Cli.Experiments;
using ProcurementSim.Cli.Output;

namespace ProcurementSim.Cli.Commands;

/// <summary>
/// <c>procsim merge DIR... [--out DIR]</c>: combines the shards of one compare or sweep (each played with
/// <c>--shard I/N</c>) into the files the unsharded command writes, byte for byte.
/// </summary>
internal static class MergeCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var shards = new Argument<string[]>("DIR")
        {
            Description = "The directories the shards wrote (each holds shard.json and states.bin), every shard of one experiment, in any order.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Directory for compare.json or sweep.json, runs.csv (runs.parquet when the shards were played with --parquet) and report.html. Default: the unsharded command's.",
            HelpName = "DIR",
        };
        var command = new Command("merge", "Combine the shards of a compare or sweep (played with --shard I/N, e.g. on several machines) into its files, the same bytes as the whole command's.")
        {
            shards, output,
        };
        command.SetAction(parseResult =>
        {
            var config = parseResult.InvocationConfiguration;
            return ShardMerge.Execute(parseResult.GetRequiredValue(shards), parseResult.GetValue(output), ConsoleFactory.Create(config.Output, environment), config.Error);
        });
        return command;
    }
}
