namespace ProcurementSim.Core.Scenarios;

/// <summary>
/// The situation's red-line categories: those a scenario marks <c>red_line: true</c>, and by default those the
/// incumbent prohibits non-negotiably (its red lines, which the whole dispute is about). Prohibited-use exposure
/// counts uses in these categories whoever serves them and whatever the serving vendor permits.
/// </summary>
public static class RedLines
{
    /// <summary>Whether category <paramref name="category"/> (an index into the scenario's categories) is a red line.</summary>
    public static bool Is(Scenario scenario, int category)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var cat = scenario.Categories[category];
        if (cat.RedLine is { } explicitly) return explicitly;
        foreach (var vendor in scenario.Vendors)
        {
            if (vendor.Role != VendorRole.Incumbent) continue;
            return vendor.Policy.TryGetValue(cat.Name, out var clause) && clause.Stance == PolicyStance.Prohibited && clause.NonNegotiable;
        }
        return false;
    }

    /// <summary>A flag per category, in the scenario's category order.</summary>
    public static bool[] Flags(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var flags = new bool[scenario.Categories.Count];
        for (var c = 0; c < flags.Length; c++) flags[c] = Is(scenario, c);
        return flags;
    }
}
