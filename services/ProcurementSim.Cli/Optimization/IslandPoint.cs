namespace ProcurementSim.Cli.Optimization;

/// <summary>A member of an island's final front.</summary>
/// <param name="Values">Its lever values.</param>
/// <param name="Objectives">Its in-sample objectives as reported (a maximised one not negated; NaN where no state gives a value).</param>
/// <param name="Minimised">The same in the search's form (maximised ones negated, NaN as +∞).</param>
internal sealed record IslandPoint(double[] Values, double[] Objectives, double[] Minimised);
