namespace ProcurementSim.Core.Messages;

/// <summary>Agency → every vendor: a solicitation for the given categories (the incumbent hears of it too).</summary>
public sealed record SolicitationIssued(int Id, int[] Categories, bool AllLawfulUses) : ActorMessage
{
    /// <inheritdoc />
    public override int Order => 40;
}
