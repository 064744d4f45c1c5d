namespace ProcurementSim.Cli.Running;

/// <summary>Plays what <c>procsim run</c> asked for: in this process (<see cref="EmbeddedRunner"/>) or on an orchestrator (<c>Remote/RemoteRunner</c>, which sits above this folder).</summary>
internal interface IScenarioRunner
{
    /// <summary>The run and its files, or null after writing why the input was refused to <paramref name="error"/>.</summary>
    /// <exception cref="UserInputException">No strategy has the name asked for.</exception>
    /// <exception cref="CommandFailedException">The orchestrator refused or failed the run, or cannot be reached.</exception>
    PlayedRun? Run(RunRequest request, TextWriter error);
}
