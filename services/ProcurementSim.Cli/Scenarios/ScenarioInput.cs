using ProcurementSim.Cli.Output;
using ProcurementSim.Core.Loading;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Cli.Scenarios;

/// <summary>Loads a scenario for a command, reporting every problem when it is not valid.</summary>
internal static class ScenarioInput
{
    /// <summary>The scenario, or null after writing its diagnostics to <paramref name="error"/>.</summary>
    public static Scenario? Load(string file, TextWriter error) => LoadValid(file, error)?.Scenario;

    /// <summary>The valid file (its scenario and its experiment sections), or null after writing its diagnostics to <paramref name="error"/>.</summary>
    public static LoadResult? LoadValid(string file, TextWriter error)
    {
        var loaded = ScenarioLoader.LoadFile(file);
        if (loaded.IsValid)
        {
            return loaded;
        }

        DiagnosticPrinter.Print(file, loaded.Diagnostics, error, loaded.ProblemCount);
        return null;
    }
}
