namespace ProcurementSim.Core.Experiments;

/// <summary>The value a run uses for one sampled input (an uncertainty or a lever), by the input's name.</summary>
/// <param name="Name">The uncertainty's or lever's name.</param>
/// <param name="Value">The sampled value.</param>
public sealed record InputValue(string Name, double Value);
