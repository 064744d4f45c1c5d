using ProcurementSim.Core.Decisions;

namespace ProcurementSim.Core.Playbooks;

/// <summary>Keeps the incumbent under its policy and the contract as it is.</summary>
internal sealed class StatusQuoPlaybook : IAgencyPlaybook
{
    public void Decide(IAgencyView view, IAgencyActions act)
    {
    }
}
