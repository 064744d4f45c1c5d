using ProcurementSim.Core.Actors;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Seminar.Views;

/// <summary>What a vendor knows: itself, its contract, the terms and solicitations in front of it, its own bids. Never another vendor's bid or private parameters, nor the agency's.</summary>
public sealed record VendorSeatView : SeatView
{
    /// <summary>Incumbent or replacement.</summary>
    public required VendorRole Role { get; init; }

    /// <summary>Its status.</summary>
    public required VendorStatus Status { get; init; }

    /// <summary>Its trust toward the agency.</summary>
    public required double Trust { get; init; }

    /// <summary>Its current quality.</summary>
    public required double Quality { get; init; }

    /// <summary>Task units it can serve a week at full readiness.</summary>
    public required double Capacity { get; init; }

    /// <summary>Its list price per task unit.</summary>
    public required double ListPrice { get; init; }

    /// <summary>The price it is paid under contract.</summary>
    public required double ContractPrice { get; init; }

    /// <summary>Share of capacity it can serve now.</summary>
    public required double Readiness { get; init; }

    /// <summary>The week its notice takes effect, or null.</summary>
    public required int? NoticeEffective { get; init; }

    /// <summary>Whether its conditional work is paused for a clarification.</summary>
    public required bool ClarificationPaused { get; init; }

    /// <summary>What it was paid last week (served and shadow work).</summary>
    public required double EarnedLastWeek { get; init; }

    /// <summary>Each category: its stance and tasking.</summary>
    public required IReadOnlyList<VendorCategoryView> Categories { get; init; }

    /// <summary>Terms in front of it this week.</summary>
    public required IReadOnlyList<ProposalView> Proposals { get; init; }

    /// <summary>Solicitations in front of it this week.</summary>
    public required IReadOnlyList<SolicitationView> Solicitations { get; init; }

    /// <summary>Its own bids so far.</summary>
    public required IReadOnlyList<OwnBidView> OwnBids { get; init; }
}
