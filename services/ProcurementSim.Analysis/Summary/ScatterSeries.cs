namespace ProcurementSim.Analysis.Summary;

/// <summary>Runs of one strategy for the cost-vs-capability scatter (every k-th state, at most 500), and its means.</summary>
public sealed record ScatterSeries(string Strategy, IReadOnlyList<double> TotalCost, IReadOnlyList<double> Capability, double MeanCost, double MeanCapability);
