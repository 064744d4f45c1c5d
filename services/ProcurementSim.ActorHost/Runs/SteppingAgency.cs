using ProcurementSim.Core.Actors;
using ProcurementSim.Core.Messages;

namespace ProcurementSim.ActorHost.Runs;

/// <summary>The agency actor behind the host.</summary>
public sealed class SteppingAgency(AgencyActor agency) : SteppingActor(ActorIds.Agency, agency.Outbox, agency.Events)
{
    /// <inheritdoc />
    public override void Step(int tick, ReadOnlySpan<Envelope> inbox) => agency.Step(tick, inbox);

    /// <inheritdoc />
    protected override TickAnswer WithReport(TickAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var r = agency.Report;
        return answer with
        {
            Agency = new AgencyTickReport
            {
                SwitchingCost = r.SwitchingCost,
                TerminationFees = r.TerminationFees,
                Breaches = r.Breaches,
                ReputationalRisk = r.ReputationalRisk,
                TransitionStart = r.TransitionStart,
                TransitionComplete = r.TransitionComplete,
                ProhibitedUseIncidents = r.ProhibitedUseIncidents,
            },
        };
    }
}
