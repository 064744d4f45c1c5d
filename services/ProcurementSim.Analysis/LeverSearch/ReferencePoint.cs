namespace ProcurementSim.Analysis.LeverSearch;

/// <summary>A strategy of the scenario as written, judged by the same objectives on the same states.</summary>
/// <param name="Strategy">Its name.</param>
/// <param name="InSample">The objectives on the search's states.</param>
/// <param name="OutOfSample">The objectives on the fresh states, or null.</param>
public sealed record ReferencePoint(string Strategy, IReadOnlyList<double> InSample, IReadOnlyList<double>? OutOfSample);
