namespace ProcurementSim.Core.Messages;

/// <summary>Agency → vendor: the standing share of each category's demand routed to the vendor, and shadow shares of a parallel run (paid, not counted).</summary>
public sealed record Tasking(double[] Shares, double[] ShadowShares) : ActorMessage
{
    /// <inheritdoc />
    public override int Order => 10;
}
