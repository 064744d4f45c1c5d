using ProcurementSim.Analysis.Rows;
using ProcurementSim.Cli.Output;
using Spectre.Console;

namespace ProcurementSim.Cli.Experiments;

/// <summary>
/// Runs compare or sweep: plans, plays (with progress) and writes the files; with <c>--shard I/N</c>, plays only that
/// shard and writes its partial result for <c>procsim merge</c>.
/// </summary>
internal sealed class ExperimentSession(IExperimentExecutor executor, IRunsProgress progress)
{
    public int Execute(ExperimentOptions options, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (ExperimentSetup.Create(options, error) is not var (plan, analysis))
        {
            return ExitCodes.BadInput;
        }

        if (options.Shard is { } shard)
        {
            return new ShardSession(progress).Execute(options, plan, shard, console, cancellationToken);
        }

        var directory = options.OutputDirectory ?? ExperimentFiles.DefaultDirectory(options, plan);
        return ExperimentOutputs.Write(options, plan, analysis, directory,
            record => progress.ShowAsync(plan.Runs, p => executor.RunAsync(plan, options.Parallel, s => record(StateRow.From(s)), p, cancellationToken))
                .GetAwaiter().GetResult(),
            console, error);
    }
}
