using System.CommandLine;
using ProcurementSim.Cli.Experiments;
using ProcurementSim.Cli.Output;
using ProcurementSim.Cli.Remote;

namespace ProcurementSim.Cli.Commands;

/// <summary>Runs an experiment for compare or sweep, with Ctrl-C (SIGINT) and SIGTERM stopping it cleanly.</summary>
internal static class ExperimentAction
{
    public static int Run(ParseResult parseResult, ExperimentOptions options, RemoteTarget? remote, CliEnvironment environment)
    {
        var config = parseResult.InvocationConfiguration;
        if (remote is not null && options.Shard is not null)
        {
            throw new UserInputException($"{CliApp.Name} {options.Command}: --shard plays its states in this process and cannot be combined with --remote; run each shard on its own machine instead (deploy/README.md).");
        }

        using var stop = new StopSignal(config.Error,
            $"{CliApp.Name} {options.Command}: stopping; writing the results of the finished runs (press Ctrl-C again to quit at once).");
        IExperimentExecutor executor = remote is { } url ? new RemoteExecutor(url, options.File) : new EmbeddedExecutor();
        var session = new ExperimentSession(executor, ProgressDisplays.ForRuns(config.Error, environment));
        return session.Execute(options, ConsoleFactory.Create(config.Output, environment), config.Error, stop.Token);
    }
}
