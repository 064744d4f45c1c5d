namespace ProcurementSim.Core.Messages;

/// <summary>Replacement → agency: a bid with its price, quality and the categories it would serve under the offered terms.</summary>
public sealed record BidSubmitted(int SolicitationId, double Price, double Quality, bool AcceptsAllLawfulUses, int[] Servable) : ActorMessage
{
    /// <inheritdoc />
    public override int Order => 50;
}
