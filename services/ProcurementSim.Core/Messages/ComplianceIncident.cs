namespace ProcurementSim.Core.Messages;

/// <summary>Agency (integrator) → vendor: the vendor's output was used in a category; a breach when the vendor prohibits it.</summary>
public sealed record ComplianceIncident(int Category, bool Breach) : ActorMessage
{
    /// <inheritdoc />
    public override int Order => 100;
}
