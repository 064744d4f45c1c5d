namespace ProcurementSim.Core.Strategies;

/// <summary>One thing the agency observes that a strategy's trigger may wait on.</summary>
/// <param name="Name">Its name in trigger conditions.</param>
/// <param name="Whole">Whether its values are whole numbers (a lever on its threshold then takes whole numbers).</param>
/// <param name="Flag">Whether it may stand alone in a condition (true when not 0).</param>
/// <param name="Min">Smallest threshold a lever may give it.</param>
/// <param name="Max">Largest threshold a lever may give it.</param>
/// <param name="Description">What it counts or measures, for <c>procsim strategies</c> and diagnostics.</param>
public sealed record SignpostDefinition(string Name, bool Whole, bool Flag, double Min, double Max, string Description);
