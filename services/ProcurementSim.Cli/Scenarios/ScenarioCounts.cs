using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Cli.Scenarios;

/// <summary>What <c>procsim validate</c> says of a valid scenario, whether this process or an orchestrator loaded it.</summary>
internal sealed record ScenarioCounts(int Categories, int Vendors, int Strategies, int Ticks)
{
    /// <summary>The counts of a scenario loaded here.</summary>
    public static ScenarioCounts Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new(scenario.Categories.Count, scenario.Vendors.Count, scenario.Strategies.Count, scenario.Ticks);
    }
}
