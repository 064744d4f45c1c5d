using ProcurementSim.Core.Engine;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Rules;

/// <summary>The tasking in force at tick 0: the contract's shares, scaled down to the weekly budget. Agency and vendor both derive it from the scenario.</summary>
public static class ContractStart
{
    /// <summary>The incumbent's share per category at tick 0.</summary>
    public static double[] IncumbentShares(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var contract = scenario.Agency.Contract;
        var price = scenario.Vendors.First(v => v.Role == VendorRole.Incumbent).Price;
        var shares = new double[scenario.Categories.Count];
        double projected = 0;
        for (var c = 0; c < shares.Length; c++)
        {
            var cat = scenario.Categories[c];
            shares[c] = cat.LegalStatus == LegalStatus.Unlawful ? 0 : contract.Shares.GetValueOrDefault(cat.Name);
            projected += shares[c] * cat.Demand * price;
        }
        if (projected > scenario.Agency.WeeklyBudget)
        {
            var scale = scenario.Agency.WeeklyBudget / projected;
            for (var c = 0; c < shares.Length; c++) shares[c] *= scale;
        }
        return shares;
    }
}
