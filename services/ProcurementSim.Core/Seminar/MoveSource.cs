namespace ProcurementSim.Core.Seminar;

/// <summary>Where a decision came from.</summary>
public enum MoveSource
{
    /// <summary>The seat is a bot.</summary>
    Bot,
    /// <summary>The person in the seat.</summary>
    Human,
    /// <summary>A human seat that did not move in time: the bot decided for it.</summary>
    Timeout,
    /// <summary>The facilitator moved for the seat (also a fork's replacement move).</summary>
    Facilitator,
}
