using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Loading;

/// <summary>The outcome of loading a scenario file: the scenario when it is valid, and every problem found.</summary>
public sealed record LoadResult(Scenario? Scenario, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when there is a scenario and no diagnostic.</summary>
    public bool IsValid => Scenario is not null && Diagnostics.Count == 0;
}
