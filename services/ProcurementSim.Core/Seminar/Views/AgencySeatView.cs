using ProcurementSim.Core.Rules;

namespace ProcurementSim.Core.Seminar.Views;

/// <summary>What the agency knows: its contracts, budget and risk, what vendors have told it, the bids received.</summary>
public sealed record AgencySeatView : SeatView
{
    /// <summary>Weekly budget (after budget shocks).</summary>
    public required double WeeklyBudget { get; init; }

    /// <summary>Reputational-risk index at the end of last week.</summary>
    public required double ReputationalRisk { get; init; }

    /// <summary>Mission capability last week (0 before week 1).</summary>
    public required double MissionCapabilityLastWeek { get; init; }

    /// <summary>Money spent last week.</summary>
    public required double SpendLastWeek { get; init; }

    /// <summary>Money spent so far.</summary>
    public required double CumulativeCost { get; init; }

    /// <summary>The use categories.</summary>
    public required IReadOnlyList<CategoryView> Categories { get; init; }

    /// <summary>Every vendor, as the agency knows it.</summary>
    public required IReadOnlyList<KnownVendorView> Vendors { get; init; }

    /// <summary>The current solicitation's id (0 before the first).</summary>
    public required int Solicitation { get; init; }

    /// <summary>Bids received for the current solicitation, in arrival order.</summary>
    public required IReadOnlyList<BidView> Bids { get; init; }

    /// <summary>The answer to the last all-lawful-uses demand (accepted, partial or refused), null while none arrived.</summary>
    public required UltimatumAnswer? AllLawfulUsesAnswer { get; init; }
}
