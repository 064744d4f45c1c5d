using ProcurementSim.Core.Decisions;
using ProcurementSim.Core.Scenarios;

namespace ProcurementSim.Core.Rules;

/// <summary>The <c>all_lawful_uses</c> clause: every lawful or contested category must be permitted.</summary>
public static class AllLawfulUses
{
    /// <summary>Indices of lawful or contested categories that the stances do not (yet) permit.</summary>
    public static int[] RestrictedCategories(Scenario scenario, IReadOnlyList<PolicyStance> stances)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(stances);
        var list = new List<int>();
        for (var c = 0; c < scenario.Categories.Count; c++)
        {
            if (scenario.Categories[c].LegalStatus != LegalStatus.Unlawful && stances[c] != PolicyStance.Permitted) list.Add(c);
        }
        return [.. list];
    }
}
