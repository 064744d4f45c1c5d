using ProcurementSim.Core.Events;
using ProcurementSim.Core.Metrics;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Scenarios;
using ProcurementSim.Core.Scoring;
using ProcurementSim.Core.Seminar.Events;

namespace ProcurementSim.Core.Seminar.Views;

/// <summary>Everything: every seat's view, the vendors' private parameters, all events, the running score.</summary>
public sealed record FacilitatorView
{
    /// <summary>The week about to be played (the tick count once over).</summary>
    public required int Week { get; init; }

    /// <summary>The current turn, 1-based.</summary>
    public required int Turn { get; init; }

    /// <summary>Turns in the game.</summary>
    public required int TotalTurns { get; init; }

    /// <summary>Whether every week has been played.</summary>
    public required bool Finished { get; init; }

    /// <summary>Every seat.</summary>
    public required IReadOnlyList<SeatStatus> Seats { get; init; }

    /// <summary>Every open decision.</summary>
    public required IReadOnlyList<PendingDecision> Pending { get; init; }

    /// <summary>The agency's view.</summary>
    public required AgencySeatView Agency { get; init; }

    /// <summary>Each vendor's view, in scenario order.</summary>
    public required IReadOnlyList<VendorSeatView> Vendors { get; init; }

    /// <summary>The vendors' full specs, private parameters included.</summary>
    public required IReadOnlyList<VendorSpec> VendorSpecs { get; init; }

    /// <summary>The composite score over the weeks played so far.</summary>
    public required double Score { get; init; }

    /// <summary>How that score is made.</summary>
    public required IReadOnlyList<ScoreComponent> Breakdown { get; init; }

    /// <summary>The metrics so far.</summary>
    public required RunMetrics Metrics { get; init; }

    /// <summary>Score and metrics at the end of each turn played.</summary>
    public required IReadOnlyList<TurnSummary> Turns { get; init; }

    /// <summary>Every event so far, this week's injects and agency events included.</summary>
    public required IReadOnlyList<SimEvent> Events { get; init; }

    /// <summary>Every message, private ones included, in order.</summary>
    public required IReadOnlyList<MessageSent> Messages { get; init; }

    /// <summary>Every ruling, in order.</summary>
    public required IReadOnlyList<RulingMade> Rulings { get; init; }
}
