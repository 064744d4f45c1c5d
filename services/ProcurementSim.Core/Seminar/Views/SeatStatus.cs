namespace ProcurementSim.Core.Seminar.Views;

/// <summary>A seat as the facilitator sees it.</summary>
public sealed record SeatStatus
{
    /// <summary>The seat.</summary>
    public required string Seat { get; init; }

    /// <summary>Who fills it.</summary>
    public required SeatKind Kind { get; init; }

    /// <summary>Its open decisions.</summary>
    public required int PendingDecisions { get; init; }
}
