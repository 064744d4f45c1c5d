using ProcurementSim.Core.Events;
using ProcurementSim.Core.Results;
using ProcurementSim.Core.Seminar.Events;

namespace ProcurementSim.Core.Seminar.Views;

/// <summary>What one seat sees: the common part of <see cref="AgencySeatView"/> and <see cref="VendorSeatView"/>.</summary>
public abstract record SeatView
{
    /// <summary>The seat.</summary>
    public required string Seat { get; init; }

    /// <summary>Who fills it now.</summary>
    public required SeatKind Kind { get; init; }

    /// <summary>The week about to be played (the scenario's tick count once the game is over).</summary>
    public required int Week { get; init; }

    /// <summary>The current turn, 1-based.</summary>
    public required int Turn { get; init; }

    /// <summary>Turns in the game.</summary>
    public required int TotalTurns { get; init; }

    /// <summary>Whether every week has been played.</summary>
    public required bool Finished { get; init; }

    /// <summary>This seat's open decisions.</summary>
    public required IReadOnlyList<PendingDecision> Pending { get; init; }

    /// <summary>The events this seat knows of, in order (<see cref="EventVisibility"/>).</summary>
    public required IReadOnlyList<SimEvent> Events { get; init; }

    /// <summary>The moves the bot took for this seat when its time ran out, oldest first (only this seat's).</summary>
    public required IReadOnlyList<TimeoutNotice> TimedOut { get; init; }

    /// <summary>The scenario's briefing for this seat ("" when it gives none); no other seat's.</summary>
    public required string Briefing { get; init; }

    /// <summary>The messages this seat reads (<see cref="MessageChannels.Reads"/>), in order.</summary>
    public required IReadOnlyList<MessageSent> Messages { get; init; }

    /// <summary>The umpire's rulings on this seat and those addressed to every seat, in order.</summary>
    public required IReadOnlyList<RulingMade> Rulings { get; init; }
}
