using ProcurementSim.Core.Decisions;

namespace ProcurementSim.Core.Seminar;

/// <summary>The agency's playbook in a seminar: the game decides who acts (the bot, or the human's orders).</summary>
internal sealed class AgencySeat(SeminarGame game) : IAgencyPlaybook
{
    public void Decide(IAgencyView view, IAgencyActions act) => game.DecideAgency(view, act);
}
