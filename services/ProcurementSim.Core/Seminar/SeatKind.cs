namespace ProcurementSim.Core.Seminar;

/// <summary>Who fills a seat.</summary>
public enum SeatKind
{
    /// <summary>The bot decides (the strategy's playbook for the agency, <see cref="Decisions.VendorBot"/> for a vendor).</summary>
    Bot,
    /// <summary>A person decides; the game stops until they move or time out.</summary>
    Human,
}
