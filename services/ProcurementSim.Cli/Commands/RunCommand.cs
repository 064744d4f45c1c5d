using System.CommandLine;
using ProcurementSim.Cli.Output;
using ProcurementSim.Cli.Remote;
using ProcurementSim.Cli.Running;
using Spectre.Console;

namespace ProcurementSim.Cli.Commands;

/// <summary><c>procsim run FILE [--strategy NAME] [--seed N] [--out DIR] [--remote URL]</c>: plays one strategy and writes its results.</summary>
internal static class RunCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = CommonSymbols.ScenarioFile();
        var strategy = CommonSymbols.Strategy();
        var seed = CommonSymbols.Seed();
        var output = new Option<string?>("--out", "-o")
        {
            Description = "Directory for result.json, timeline.csv and report.html. Default: results/<scenario>/<strategy>-seed<seed>.",
            HelpName = "DIR",
        };
        var remote = new RemoteSymbols();
        var command = new Command("run", "Play one strategy of a scenario, print its metrics, score and key events, and write the result files.")
        {
            file, strategy, seed, output,
        };
        foreach (var option in remote.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var config = parseResult.InvocationConfiguration;
            IScenarioRunner runner = remote.Target(parseResult, environment) is { } target
                ? new RemoteRunner(target, ProgressDisplays.For(config.Error, environment))
                : new EmbeddedRunner();
            return Execute(
                new RunRequest(parseResult.GetRequiredValue(file), parseResult.GetValue(strategy), parseResult.GetValue(seed), parseResult.GetValue(output)),
                runner,
                ConsoleFactory.Create(config.Output, environment),
                config.Error);
        });
        return command;
    }

    private static int Execute(RunRequest request, IScenarioRunner runner, IAnsiConsole console, TextWriter error)
    {
        if (runner.Run(request, error) is not { } played)
        {
            return ExitCodes.BadInput;
        }

        var result = played.Result;
        var directory = request.OutputDirectory ?? OutputFiles.DefaultDirectory(result.Scenario, result.Strategy, result.Seed);
        var written = OutputFiles.WriteAll(directory, played.Files);

        SummaryPrinter.Print(console, played.Scenario, played.Strategy, result, written);
        return ExitCodes.Ok;
    }
}
