using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Seminar.Views;

/// <summary>One category as a vendor sees it: its own stance and tasking.</summary>
public sealed record VendorCategoryView
{
    /// <summary>Category name.</summary>
    public required string Name { get; init; }

    /// <summary>Legal status.</summary>
    public required LegalStatus LegalStatus { get; init; }

    /// <summary>Its stance now.</summary>
    public required PolicyStance Stance { get; init; }

    /// <summary>Whether its clause is non-negotiable.</summary>
    public required bool NonNegotiable { get; init; }

    /// <summary>The share of the category's demand routed to it.</summary>
    public required double Share { get; init; }

    /// <summary>Its parallel-run share.</summary>
    public required double ShadowShare { get; init; }

    /// <summary>Task units routed to it last week.</summary>
    public required double TaskedLastWeek { get; init; }

    /// <summary>Task units it served last week.</summary>
    public required double ServedLastWeek { get; init; }

    /// <summary>Task units it refused for policy last week.</summary>
    public required double RefusedLastWeek { get; init; }
}
