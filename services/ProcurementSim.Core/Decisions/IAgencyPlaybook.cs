namespace ProcurementSim.Core.Decisions;

/// <summary>The agency's decision point, called once per week after its inbox is applied. Filled by a bot playbook or a human seat.</summary>
public interface IAgencyPlaybook
{
    /// <summary>Decides this week's actions.</summary>
    void Decide(IAgencyView view, IAgencyActions act);
}
