using ProcurementSim.Core.Decisions;

namespace ProcurementSim.Core.Seminar.Play;

/// <summary>The agency's playbook in a seminar: the seated run decides who acts (the bot, or the human's orders).</summary>
internal sealed class AgencySeat(SeatedRun run) : IAgencyPlaybook
{
    public void Decide(IAgencyView view, IAgencyActions act) => run.DecideAgency(view, act);
}
