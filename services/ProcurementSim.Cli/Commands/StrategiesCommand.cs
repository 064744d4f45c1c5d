using System.CommandLine;
using ProcurementSim.Cli.Output;
using ProcurementSim.Cli.Scenarios;

namespace ProcurementSim.Cli.Commands;

/// <summary><c>procsim strategies FILE</c>: lists the playbooks a scenario defines.</summary>
internal static class StrategiesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = CommonSymbols.ScenarioFile();
        var command = new Command("strategies", "List the scenario's strategies: name, kind, what the playbook does and its parameters.") { file };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetRequiredValue(file);
            var config = parseResult.InvocationConfiguration;
            if (ScenarioInput.Load(path, config.Error) is not { } scenario)
            {
                return ExitCodes.BadInput;
            }

            var console = ConsoleFactory.Create(config.Output, environment);
            console.Write(StrategyTable.Build(scenario, console.Profile.Width));
            return ExitCodes.Ok;
        });
        return command;
    }
}
