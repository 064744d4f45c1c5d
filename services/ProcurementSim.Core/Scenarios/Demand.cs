namespace ProcurementSim.Core.Scenarios;

/// <summary>What the agency asks for: the one definition of a tasked category and of the run's weighted demand.</summary>
public static class Demand
{
    /// <summary>Whether the agency tasks the category: it is not unlawful and its demand is above 0.</summary>
    public static bool IsTasked(CategorySpec category)
    {
        ArgumentNullException.ThrowIfNull(category);
        return category.LegalStatus != LegalStatus.Unlawful && category.Demand > 0;
    }

    /// <summary>
    /// F_w = T · Σ over tasked categories of criticality × weekly demand: the criticality-weighted task units of the
    /// whole run, the yardstick of mission shortfall (a run that serves nothing has shortfall F_w).
    /// </summary>
    public static double WeightedRunDemand(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        double weekly = 0;
        foreach (var c in scenario.Categories)
        {
            if (IsTasked(c)) weekly += c.Criticality * c.Demand;
        }
        return scenario.Ticks * weekly;
    }

    /// <summary>Task units of tasked red-line categories over the whole run: the yardstick of prohibited-use exposure.</summary>
    public static double RedLineRunDemand(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        double weekly = 0;
        for (var c = 0; c < scenario.Categories.Count; c++)
        {
            if (IsTasked(scenario.Categories[c]) && RedLines.Is(scenario, c)) weekly += scenario.Categories[c].Demand;
        }
        return scenario.Ticks * weekly;
    }

    /// <summary>
    /// What unmet demand would cost if nothing were served: T · Σ over tasked priced categories of value × demand;
    /// null when no category is priced.
    /// </summary>
    public static double? FullShortfallCost(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (!IsPriced(scenario)) return null;
        double weekly = 0;
        foreach (var c in scenario.Categories)
        {
            if (IsTasked(c) && c.ShortfallValue is { } value) weekly += value * c.Demand;
        }
        return scenario.Ticks * weekly;
    }

    /// <summary>Whether any category prices its shortfall.</summary>
    public static bool IsPriced(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Categories.Any(c => c.ShortfallValue is not null);
    }
}
