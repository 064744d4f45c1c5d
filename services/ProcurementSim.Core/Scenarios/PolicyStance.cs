namespace ProcurementSim.Core.Scenarios;

/// <summary>A vendor's usage-policy stance toward one use category.</summary>
public enum PolicyStance
{
    /// <summary>Served without conditions.</summary>
    Permitted,
    /// <summary>Served under human oversight, at reduced throughput (the scenario's review overhead).</summary>
    Conditional,
    /// <summary>Never served: work routed there is refused as a policy conflict.</summary>
    Prohibited,
}
