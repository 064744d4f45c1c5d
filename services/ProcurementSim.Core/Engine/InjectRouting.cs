using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Engine;

/// <summary>Which actors hear of an inject.</summary>
public static class InjectRouting
{
    /// <summary>The actor ids an inject of this spec is delivered to.</summary>
    public static IEnumerable<int> Recipients(Scenario scenario, InjectSpec inject)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(inject);
        var incumbent = ActorIds.Vendor(IndexOf(scenario, v => v.Role == VendorRole.Incumbent));
        switch (inject.Kind)
        {
            case InjectKind.PublicReport:
                yield return ActorIds.Agency;
                yield return incumbent;
                break;
            case InjectKind.LegalChallenge: // the agency re-sends the extended notice: one source of truth for the date
            case InjectKind.OversightInquiry:
            case InjectKind.BudgetShock:
                yield return ActorIds.Agency;
                break;
            default:
                yield return ActorIds.Vendor(IndexOf(scenario, v => v.Name == inject.Target));
                break;
        }
    }

    private static int IndexOf(Scenario s, Func<VendorSpec, bool> match)
    {
        for (var v = 0; v < s.Vendors.Count; v++)
        {
            if (match(s.Vendors[v])) return v;
        }
        throw new InvalidOperationException("the scenario lacks the vendor an inject names (the loader should have refused it)");
    }
}
