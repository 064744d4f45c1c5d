using System.Diagnostics;
using System.Globalization;
using ProcurementSim.Analysis.Output;
using ProcurementSim.Analysis.Rows;
using ProcurementSim.Cli.Output;
using ProcurementSim.Core.Experiments;
using Spectre.Console;

namespace ProcurementSim.Cli.Experiments;

/// <summary>
/// Plays one shard of an experiment in this process and writes its partial result: <c>states.bin</c> (every state
/// played, streamed) and then <c>shard.json</c>. After Ctrl-C the manifest says how many states were played, and a
/// merge refuses the shard until it is played again.
/// </summary>
internal sealed class ShardSession(IRunsProgress progress)
{
    public int Execute(ExperimentOptions options, ExperimentPlan plan, ShardSpec shard, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var (first, end) = (shard.First(plan.States), shard.End(plan.States));
        if (first == end)
        {
            throw new UserInputException(string.Create(CultureInfo.InvariantCulture,
                $"{CliApp.Name} {options.Command}: shard {shard} has no state: the experiment has {plan.States:N0}; use at most {plan.States:N0} shards."));
        }

        var directory = options.OutputDirectory ?? DefaultDirectory(options, plan, shard);
        var resolved = options with { Strategies = [.. plan.Strategies.Select(s => s.Name)], Seed = plan.Request.Seed };
        var text = File.ReadAllText(options.File);
        var id = ShardManifest.IdOf(options, plan, text);
        var clock = Stopwatch.StartNew();
        int delivered;
        using (var states = new StatesFile.Writer(ExperimentFiles.Create(directory, ShardManifest.StatesFileName), id, plan.Inputs.Count, plan.Strategies.Count))
        {
            delivered = progress.ShowAsync((long)(end - first) * plan.Strategies.Count,
                p => EmbeddedExecutor.PlayAsync(plan, options.Parallel, state => states.Write(StateRow.From(state)), p, cancellationToken, first, end))
                .GetAwaiter().GetResult();
        }

        var manifest = new ShardManifest(id, resolved, text, shard, first, end, delivered);
        var files = OutputFiles.WriteAll(directory, [(ShardManifest.FileName, manifest.ToBytes())]);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{options.Command} shard {shard}: {plan.Scenario.Name}, states {first:N0}–{end - 1:N0} of {plan.States:N0}: {(long)delivered * plan.Strategies.Count:N0} runs in {clock.Elapsed.TotalSeconds:0.0} s"));
        if (!manifest.Complete)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"[yellow]Stopped early: {delivered:N0} of {end - first:N0} states played; play this shard again before merging.[/]"));
        }
        console.WriteLine($"Files: {Path.Combine(directory, ShardManifest.StatesFileName)}, {files[0]}");
        console.WriteLine($"When every shard is done: {CliApp.Name} merge DIR1 DIR2 … --out DIR");
        return manifest.Complete ? ExitCodes.Ok : ExitCodes.Interrupted;
    }

    /// <summary>The unsharded command's default directory with <c>-shard-I-of-N</c> appended.</summary>
    private static string DefaultDirectory(ExperimentOptions options, ExperimentPlan plan, ShardSpec shard) =>
        ExperimentFiles.DefaultDirectory(options, plan) + string.Create(CultureInfo.InvariantCulture, $"-shard-{shard.Index}-of-{shard.Count}");
}
