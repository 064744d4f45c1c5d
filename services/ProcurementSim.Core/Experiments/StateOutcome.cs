namespace ProcurementSim.Core.Experiments;

/// <summary>One state of the world played by every strategy of the plan.</summary>
/// <param name="State">The state.</param>
/// <param name="Inputs">The sampled inputs, in plan order.</param>
/// <param name="Runs">One outcome per strategy, in plan order.</param>
public sealed record StateOutcome(int State, IReadOnlyList<double> Inputs, IReadOnlyList<RunOutcome> Runs);
