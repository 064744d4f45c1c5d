namespace ProcurementSim.Core.Metrics;

/// <summary>Where the total cost went.</summary>
/// <param name="ContractSpend">Served task units × contract price, all vendors.</param>
/// <param name="SwitchingCost">Onboarding costs paid at awards.</param>
/// <param name="TerminationFees">Termination fees, pay in lieu of notice and legal costs.</param>
/// <param name="ParallelRunSpend">Shadow work paid to a replacement during a parallel run (double spend).</param>
public sealed record CostBreakdown(double ContractSpend, double SwitchingCost, double TerminationFees, double ParallelRunSpend)
{
    /// <summary>The sum of all four.</summary>
    public double Total => ContractSpend + SwitchingCost + TerminationFees + ParallelRunSpend;
}
