using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Seminar.Views;

/// <summary>A use category as the agency sees it.</summary>
public sealed record CategoryView
{
    /// <summary>Category name.</summary>
    public required string Name { get; init; }

    /// <summary>Weekly demand, task units.</summary>
    public required double Demand { get; init; }

    /// <summary>Mission criticality.</summary>
    public required double Criticality { get; init; }

    /// <summary>Legal status.</summary>
    public required LegalStatus LegalStatus { get; init; }

    /// <summary>Whether the agency tasks it (not unlawful, demand above 0).</summary>
    public required bool Tasked { get; init; }

    /// <summary>Quality-adjusted share of demand served last week (0 before week 1).</summary>
    public required double CapabilityLastWeek { get; init; }
}
