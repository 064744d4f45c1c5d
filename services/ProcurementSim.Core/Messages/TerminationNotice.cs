namespace ProcurementSim.Core.Messages;

/// <summary>Agency → vendor: the contract ends at <paramref name="EffectiveTick"/>; the vendor serves in wind-down until then.</summary>
public sealed record TerminationNotice(int EffectiveTick) : ActorMessage
{
    /// <inheritdoc />
    public override int Order => 90;
}
