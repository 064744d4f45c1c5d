namespace ProcurementSim.Core.Messages;

/// <summary>Replacement → agency: its readiness (share of full capacity) after this week's ramp-up.</summary>
public sealed record ReadinessReport(double Readiness) : ActorMessage
{
    /// <inheritdoc />
    public override int Order => 80;
}
