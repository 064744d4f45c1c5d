using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Seminar.Views;

/// <summary>A vendor as the agency knows it: from its contracts and the vendor's messages, never the vendor's private state.</summary>
public sealed record KnownVendorView
{
    /// <summary>Vendor name.</summary>
    public required string Name { get; init; }

    /// <summary>Incumbent or replacement.</summary>
    public required VendorRole Role { get; init; }

    /// <summary>Its state as far as the agency knows.</summary>
    public required KnownVendorState State { get; init; }

    /// <summary>The last readiness it reported.</summary>
    public required double Readiness { get; init; }

    /// <summary>The contract price (list price until awarded).</summary>
    public required double Price { get; init; }

    /// <summary>The week its notice takes effect, or null.</summary>
    public required int? NoticeEffective { get; init; }

    /// <summary>The share of each category routed to it (scenario category order).</summary>
    public required IReadOnlyList<double> Shares { get; init; }

    /// <summary>The parallel-run share of each category.</summary>
    public required IReadOnlyList<double> ShadowShares { get; init; }

    /// <summary>Its usage-policy stance per category as the agency knows it.</summary>
    public required IReadOnlyList<PolicyStance> Stances { get; init; }
}
