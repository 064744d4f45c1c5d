using ProcurementSim.Core.Randomness;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Decisions;

/// <summary>What a vendor knows of itself when it decides: its own policy, trust and spec, and its random stream.</summary>
public interface IVendorView
{
    /// <summary>The scenario (public facts: categories, legal statuses).</summary>
    Scenario Scenario { get; }
    /// <summary>The vendor's own spec.</summary>
    VendorSpec Spec { get; }
    /// <summary>Current stance per category (index order of the scenario).</summary>
    IReadOnlyList<PolicyStance> Stances { get; }
    /// <summary>Whether each category's clause is non-negotiable.</summary>
    IReadOnlyList<bool> NonNegotiable { get; }
    /// <summary>Trust toward the agency.</summary>
    double Trust { get; }
    /// <summary>The vendor's random stream.</summary>
    RandomStream Random { get; }
}
