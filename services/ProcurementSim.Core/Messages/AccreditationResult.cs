namespace ProcurementSim.Core.Messages;

/// <summary>Replacement → agency: accreditation granted, or failed.</summary>
public sealed record AccreditationResult(bool Granted) : ActorMessage
{
    /// <inheritdoc />
    public override int Order => 70;
}
