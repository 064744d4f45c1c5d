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

    /// <summary>
    /// The restricted categories a vendor can give up: those whose clause is negotiable (its conditional categories and
    /// negotiable prohibitions). What a partial acceptance permits.
    /// </summary>
    public static int[] NegotiableCategories(Scenario scenario, IReadOnlyList<PolicyStance> stances, IReadOnlyList<bool> nonNegotiable)
    {
        ArgumentNullException.ThrowIfNull(nonNegotiable);
        return [.. RestrictedCategories(scenario, stances).Where(c => !nonNegotiable[c])];
    }

    /// <summary>The vendor's red lines under the clause: restricted categories whose clause is non-negotiable.</summary>
    public static int[] RedLines(Scenario scenario, IReadOnlyList<PolicyStance> stances, IReadOnlyList<bool> nonNegotiable)
    {
        ArgumentNullException.ThrowIfNull(nonNegotiable);
        return [.. RestrictedCategories(scenario, stances).Where(c => nonNegotiable[c])];
    }

    /// <summary>
    /// The kind of an answer to the demand, from what travels in it: accepted, or the number of categories it now
    /// permits (some: a partial acceptance; none: a refusal). One rule for the vendor, the agency and the wire.
    /// </summary>
    public static UltimatumAnswer Classify(bool accepted, int permitted) =>
        accepted ? UltimatumAnswer.Accepted : permitted > 0 ? UltimatumAnswer.Partial : UltimatumAnswer.Refused;
}
