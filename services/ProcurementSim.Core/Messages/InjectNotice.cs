using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Messages;

/// <summary>Orchestrator → actor: an inject fired this tick (delivered the same tick).</summary>
public sealed record InjectNotice(InjectKind Kind, double Magnitude, int Weeks) : ActorMessage
{
    /// <inheritdoc />
    public override int Order => 0;
}
