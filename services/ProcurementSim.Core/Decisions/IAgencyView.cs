using ProcurementSim.Core.Rules;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Decisions;

/// <summary>What the agency knows when it decides: its own contracts and what vendors have told it. Never a vendor's private state.</summary>
public interface IAgencyView
{
    /// <summary>The scenario.</summary>
    Scenario Scenario { get; }
    /// <summary>The current week.</summary>
    int Tick { get; }
    /// <summary>Index of the incumbent vendor.</summary>
    int Incumbent { get; }
    /// <summary>The share of category <paramref name="category"/> the agency routes to vendor <paramref name="vendor"/>.</summary>
    double Share(int vendor, int category);
    /// <summary>What the agency knows of a vendor's state.</summary>
    KnownVendorState State(int vendor);
    /// <summary>The last readiness a vendor reported (1 for an active vendor).</summary>
    double Readiness(int vendor);
    /// <summary>A vendor's usage-policy stance as the agency knows it (published policy plus agreed changes).</summary>
    PolicyStance Stance(int vendor, int category);
    /// <summary>Bids received for the current solicitation, in arrival order.</summary>
    IReadOnlyList<ReceivedBid> Bids { get; }
    /// <summary>
    /// The incumbent's answer to the last all-lawful-uses demand: accepted, partial (its conditional categories now
    /// permitted, its red lines kept; <see cref="Stance"/> shows which) or refused; null while none arrived.
    /// </summary>
    UltimatumAnswer? AllLawfulUsesAnswer { get; }
    /// <summary>Whether the category is one the agency tasks (not unlawful, demand above 0).</summary>
    bool Tasks(int category);
    /// <summary>What strategy triggers wait on: counts of what the agency was told so far, its chosen replacement's state, budget and risk.</summary>
    Signposts Signposts { get; }
}
