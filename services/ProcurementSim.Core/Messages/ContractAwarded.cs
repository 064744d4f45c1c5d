namespace ProcurementSim.Core.Messages;

/// <summary>Agency → replacement: the contract at the bid price; accreditation starts.</summary>
public sealed record ContractAwarded(double Price, bool AllLawfulUses) : ActorMessage
{
    /// <inheritdoc />
    public override int Order => 60;
}
