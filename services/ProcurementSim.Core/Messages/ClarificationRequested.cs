namespace ProcurementSim.Core.Messages;

/// <summary>Vendor → agency: it asks the integrator for clarification and pauses its conditional categories for some weeks.</summary>
public sealed record ClarificationRequested(int Weeks) : ActorMessage
{
    /// <inheritdoc />
    public override int Order => 110;
}
