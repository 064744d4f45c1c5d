using System.CommandLine;
using ProcurementSim.Cli.Output;
using ProcurementSim.Cli.Running;
using ProcurementSim.Core.Results;
using ProcurementSim.Reporting;
using Spectre.Console;

namespace ProcurementSim.Cli.Commands;

/// <summary><c>procsim run FILE [--strategy NAME] [--seed N] [--out DIR]</c>: plays one strategy and writes its results.</summary>
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
        var command = new Command("run", "Play one strategy of a scenario, print its metrics, score and key events, and write the result files.")
        {
            file, strategy, seed, output,
        };
        command.SetAction(parseResult => Execute(
            new RunRequest(parseResult.GetRequiredValue(file), parseResult.GetValue(strategy), parseResult.GetValue(seed), parseResult.GetValue(output)),
            new EmbeddedRunner(),
            ConsoleFactory.Create(parseResult.InvocationConfiguration.Output, environment),
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    private static int Execute(RunRequest request, IScenarioRunner runner, IAnsiConsole console, TextWriter error)
    {
        if (ScenarioInput.Load(request.File, error) is not { } scenario)
        {
            return ExitCodes.BadInput;
        }

        var strategy = StrategyChoice.Resolve(request.File, scenario, request.Strategy);
        var seed = request.Seed ?? scenario.Seed;
        var directory = request.OutputDirectory ?? OutputFiles.DefaultDirectory(scenario.Name, strategy.Name, seed);

        var result = runner.Run(scenario, strategy, seed);
        // Serialise everything before writing anything, so a failing writer leaves the directory as it was.
        (string, byte[])[] files =
        [
            ("result.json", ResultJsonWriter.ToBytes(result)),
            ("timeline.csv", TimelineCsvWriter.ToBytes(result)),
            ("report.html", HtmlReport.ToBytes(result, scenario.CapabilityThreshold)),
        ];
        var written = OutputFiles.WriteAll(directory, files);

        SummaryPrinter.Print(console, scenario, strategy, result, written);
        return ExitCodes.Ok;
    }
}
