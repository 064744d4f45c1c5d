namespace ProcurementSim.Core.Seminar;

/// <summary>Seat ids: <see cref="Agency"/> and each vendor's scenario name (stable, never a secret).</summary>
public static class SeatIds
{
    /// <summary>The agency's seat.</summary>
    public const string Agency = "agency";
}
