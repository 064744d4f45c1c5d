namespace ProcurementSim.Core.Actors;

/// <summary>What the agency did this tick besides tasking.</summary>
public sealed class AgencyTickReport
{
    /// <summary>Switching costs paid this tick.</summary>
    public double SwitchingCost { get; set; }
    /// <summary>Termination fees, pay in lieu of notice and legal costs paid this tick.</summary>
    public double TerminationFees { get; set; }
    /// <summary>Red-line breaches this tick.</summary>
    public int Breaches { get; set; }
    /// <summary>Misuses this tick in a red-line category (<see cref="Scenarios.RedLines"/>), whatever the serving vendor permits.</summary>
    public int ProhibitedUseIncidents { get; set; }
    /// <summary>Reputational-risk index after this tick.</summary>
    public double ReputationalRisk { get; set; }
    /// <summary>Tick of the transition decision, or −1.</summary>
    public int TransitionStart { get; set; } = -1;
    /// <summary>Tick the replacement carried its target share, or −1.</summary>
    public int TransitionComplete { get; set; } = -1;
}
