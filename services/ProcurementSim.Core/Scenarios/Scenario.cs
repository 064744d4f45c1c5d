using ProcurementSim.Core.Strategies;

namespace ProcurementSim.Core.Scenarios;

/// <summary>A validated scenario: everything a run needs besides the strategy and the seed.</summary>
/// <param name="Name">Identifier.</param>
/// <param name="Description">Free text.</param>
/// <param name="Ticks">Number of weekly ticks (&gt; 0).</param>
/// <param name="Seed">Default seed.</param>
/// <param name="CapabilityThreshold">Mission capability below which a week counts as a gap.</param>
/// <param name="ReviewOverhead">Throughput lost on conditional categories, in [0, 1).</param>
/// <param name="Categories">Use categories; the loader puts them in ordinal name order (the model's canonical order).</param>
/// <param name="Agency">The agency.</param>
/// <param name="Vendors">Vendors, exactly one incumbent; the loader puts them in ordinal name order.</param>
/// <param name="Integrator">The integrator.</param>
/// <param name="Injects">Injects, in file order (they fire in <see cref="InjectOrder"/>'s canonical order).</param>
/// <param name="Strategies">Named playbooks, in file order (the first is the default of a single run).</param>
/// <param name="Score">Score weights and references.</param>
public sealed record Scenario(
    string Name,
    string Description,
    int Ticks,
    ulong Seed,
    double CapabilityThreshold,
    double ReviewOverhead,
    IReadOnlyList<CategorySpec> Categories,
    AgencySpec Agency,
    IReadOnlyList<VendorSpec> Vendors,
    IntegratorSpec Integrator,
    IReadOnlyList<InjectSpec> Injects,
    IReadOnlyList<StrategySpec> Strategies,
    ScoreSpec Score)
{
    /// <summary>The strategy of that name, or null.</summary>
    public StrategySpec? FindStrategy(string name) => Strategies.FirstOrDefault(s => s.Name == name);
}
