namespace ProcurementSim.Analysis.Pareto;

/// <summary>A strategy's position on the three Pareto objectives (its means over the states of the world).</summary>
/// <param name="Capability">Mean mission_capability_mean (higher is better).</param>
/// <param name="Cost">Mean total_cost (lower is better).</param>
/// <param name="Breaches">Mean red_line_breaches (lower is better).</param>
internal readonly record struct Objectives(double Capability, double Cost, double Breaches);
