using ProcurementSim.Cli.Output;
using ProcurementSim.Cli.Scenarios;
using ProcurementSim.Core.Loading;

namespace ProcurementSim.Cli.Remote;

/// <summary>
/// Checks a scenario file on the orchestrator, which loads its text with the same loader, so that what is printed is
/// what the embedded mode prints: the counts of a valid file, or every diagnostic of an invalid one.
/// </summary>
internal static class RemoteValidation
{
    /// <summary>The counts, or null after writing why the file is not valid (or cannot be read) to <paramref name="error"/>.</summary>
    /// <exception cref="CommandFailedException">The orchestrator refused the call or cannot be reached.</exception>
    public static ScenarioCounts? Check(RemoteOrchestrator orchestrator, string file, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(orchestrator);
        if (ScenarioText.Read(file, error) is not { } yaml)
        {
            return null;
        }

        var response = orchestrator.Validate(yaml, file);
        if (!response.Valid)
        {
            DiagnosticPrinter.Print(file, [.. response.Diagnostics.Select(d => new Diagnostic(d.File, d.Line, d.Column, d.Message))], error);
            return null;
        }

        return new ScenarioCounts(response.Categories, response.Vendors, response.Strategies.Count, response.Ticks);
    }
}
